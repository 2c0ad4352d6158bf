import { authorize } from '@/modules/access';
import type { ServiceContext } from '@/platform/context';
import { AppError, ValidationError } from '@/platform/errors';
import { REFERENCE_DIR } from '@/platform/paths';
import { parseInput } from '@/platform/validation';
import { claimSourceRun } from './claim-source-run';
import { registerSource } from './register-source';
import { runSourceSync, type SyncRunResult } from './run-source-sync';
import { shippedReader } from './shipped-reader';
import { readShippedSources, type ShippedSource } from './shipped-sources';
import { PublicDataInput } from './source.schemas';

/** The shipped sources being loaded: each with its run's attempt, or null when a sync of it was running. */
export interface PublicDataStart {
  readonly items: readonly { sourceId: string; name: string; attemptId: string | null }[];
  readonly done: Promise<PublicDataResult>;
}

export interface PublicDataResult {
  /** Sources registered by this load (none when loaded before). */
  readonly registered: readonly string[];
  readonly results: readonly SyncRunResult[];
  /** Sources skipped because a sync of them was already running. */
  readonly running: readonly string[];
}

/**
 * Registers the public sources shipped in reference/iati/public/sources.json (kind `shipped`, once) and
 * starts importing their files as real records with their publisher, URL and licence — not as demo
 * records. Loading again changes nothing: the files' hashes are those already imported.
 * @throws ForbiddenError; ConflictError `conflict` when another source already has a shipped source's name
 */
export async function startPublicDataLoad({
  ctx,
  input = {},
  referenceDir = REFERENCE_DIR,
  signal,
}: {
  ctx: ServiceContext;
  /** The shipped sources to load, by name; all of them when absent. */
  input?: unknown;
  referenceDir?: string;
  /** Stops before the next file (shutdown); the files imported so far stay. */
  signal?: AbortSignal;
}): Promise<PublicDataStart> {
  authorize(ctx.actor, 'iati.source.manage');
  const { sources: names } = parseInput(PublicDataInput, input, 'body');
  const registered: string[] = [];
  const sources: { id: string; name: string }[] = [];
  for (const shipped of await chosenSources(referenceDir, names)) {
    const existing = await ctx.db
      .selectFrom('iati_source')
      .select(['id', 'name'])
      .where('kind', '=', 'shipped')
      .where('location', '=', shipped.folder)
      .executeTakeFirst();
    if (existing !== undefined) {
      sources.push(existing);
      continue;
    }
    sources.push(
      await registerSource({
        ctx,
        // Shipped sources are read from disk: no address to check.
        settings: { referenceDir, allowPrivateAddresses: false },
        input: {
          name: shipped.name,
          kind: 'shipped',
          location: shipped.folder,
          publisher: shipped.publisher,
          licence: shipped.licence,
          limitations: { es: shipped.limitations_es, en: shipped.limitations_en },
          intervalHours: null,
        },
      }),
    );
    registered.push(shipped.name);
  }
  // Every source is claimed before any runs, so the caller gets every run's attempt id at once.
  const claimed: Awaited<ReturnType<typeof claimSourceRun>>[] = [];
  const items: { sourceId: string; name: string; attemptId: string | null }[] = [];
  const running: string[] = [];
  for (const source of sources) {
    try {
      const claim = await claimSourceRun(ctx, { sourceId: source.id, trigger: 'manual' });
      claimed.push(claim);
      items.push({ sourceId: source.id, name: source.name, attemptId: claim.attemptId });
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'iati_sync_running')) {
        throw error;
      }
      running.push(source.name);
      items.push({ sourceId: source.id, name: source.name, attemptId: null });
    }
  }
  const reader = shippedReader(referenceDir);
  const done = (async () => {
    const results: SyncRunResult[] = [];
    for (const { source, attemptId } of claimed) {
      results.push(await runSourceSync(ctx, { source, attemptId, trigger: 'manual', reader, signal }));
    }
    return { registered, results, running };
  })();
  return { items, done };
}

/**
 * Loads the shipped public data to the end (`carsi demo --public-data`): see startPublicDataLoad.
 * @throws ForbiddenError; ConflictError `conflict`
 */
export async function loadPublicData({
  ctx,
  input,
  referenceDir,
}: {
  ctx: ServiceContext;
  input?: unknown;
  referenceDir?: string;
}): Promise<PublicDataResult> {
  return (await startPublicDataLoad({ ctx, input, referenceDir })).done;
}

/**
 * The shipped sources named, in the order shipped.
 * @throws ValidationError `validation_failed` naming the shipped sources when a name is not one of them
 */
async function chosenSources(
  referenceDir: string,
  names: readonly string[] | undefined,
): Promise<readonly ShippedSource[]> {
  const shipped = await readShippedSources(referenceDir);
  const unknown = names?.filter((name) => !shipped.some((source) => source.name === name)) ?? [];
  if (unknown.length > 0) {
    const known = shipped.map((source) => source.name).join(', ');
    throw new ValidationError([
      {
        path: 'body.sources',
        code: 'unknown_source',
        message: {
          es: `${unknown.join(', ')}: no está entre los datos públicos instalados (${known}).`,
          en: `${unknown.join(', ')}: not among the installed public data (${known}).`,
        },
      },
    ]);
  }
  return names === undefined ? shipped : shipped.filter((source) => names.includes(source.name));
}
