import { z } from 'zod';

export const SOURCE_KINDS = ['file_url', 'registry_publisher', 'datastore_query', 'shipped'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

const Text = (max: number) => z.string().trim().min(1).max(max);
const SourceName = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'must be lowercase letters, digits, ".", "-" or "_"')
  .describe('short unique name, used by `carsi sync iati --source NAME`');
const Limitations = z
  .strictObject({ es: z.string().trim().max(4000), en: z.string().trim().max(4000) })
  .describe(
    'what the publisher says its data cannot be used for, or where it is incomplete (either may be empty)',
  );
const IntervalHours = z
  .number()
  .int()
  .min(1)
  .max(24 * 366)
  .nullable()
  .describe('hours between scheduled fetches; null: only by hand');
const Location = Text(2000).describe(
  'file_url: the file’s http(s) address; registry_publisher: the publisher’s IATI Registry id (e.g. "usaid"); ' +
    'datastore_query: the query appended to the Datastore address (e.g. "q=reporting_org_ref:US-GOV-1&rows=1000"); ' +
    'shipped: the folder inside reference/ listed in reference/iati/public/sources.json',
);

export const SourceInput = z.strictObject({
  name: SourceName,
  kind: z.enum(SOURCE_KINDS),
  location: Location,
  publisher: Text(300),
  licence: Text(300),
  limitations: Limitations.default({ es: '', en: '' }),
  intervalHours: IntervalHours.default(null),
});
export type SourceInput = z.input<typeof SourceInput>;

/** A change: only the fields sent change. A new kind or location forgets the old URLs' validators. */
export const SourcePatch = z.strictObject({
  name: SourceName.optional(),
  kind: z.enum(SOURCE_KINDS).optional(),
  location: Location.optional(),
  publisher: Text(300).optional(),
  licence: Text(300).optional(),
  limitations: Limitations.optional(),
  intervalHours: IntervalHours.optional(),
});
export type SourcePatch = z.input<typeof SourcePatch>;

const SyncError = z
  .object({ code: z.string(), es: z.string(), en: z.string() })
  .meta({ id: 'IatiSyncError' })
  .describe('a stable code (docs/SOURCES.md) and what happened, in Spanish and English');

const ReconciliationStatus = z.enum(['reconciled', 'explained', 'unexplained']);

export const SourceSummary = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(SOURCE_KINDS),
    location: z
      .string()
      .describe(
        'as registered; for readers who may not change sources, without user and password and with query values hidden',
      ),
    publisher: z.string(),
    licence: z.string(),
    limitations: z.object({ es: z.string(), en: z.string() }),
    intervalHours: z.number().int().nullable(),
    status: z.enum(['never', 'ok', 'failed']).describe('the last sync’s result; never before the first'),
    lastAttemptAt: z.string().nullable(),
    lastSuccessAt: z.string().nullable(),
    lastError: SyncError.nullable().describe('why the last sync failed; null once a sync succeeds'),
    version: z.number().int(),
    fileCount: z.number().int().describe('files imported for this source, every version'),
    reconciliationStatus: ReconciliationStatus.nullable().describe(
      'the worst reconciliation of the files the source currently resolves to; null before any',
    ),
  })
  .meta({ id: 'IatiSource' });
export type SourceSummary = z.infer<typeof SourceSummary>;

const Counts = z.object({
  published: z.number().int(),
  stored: z.number().int(),
  rejected: z.number().int(),
});
const MoneyCount = z.object({ count: z.number().int(), amount: z.string() });

/** What the importer writes as a file's `Reconciliation` (import/reconciliation.ts; a test keeps them equal). */
export const ReconciliationOutput = z
  .object({
    status: ReconciliationStatus,
    activities: Counts,
    transactions: Counts,
    lines: z.array(
      z.object({
        currency: z.string(),
        transactionType: z.string(),
        account: z.string().nullable(),
        published: MoneyCount,
        stored: MoneyCount,
        rejected: MoneyCount,
        unexplained: z.string().describe('published − stored − rejected'),
      }),
    ),
    findings: z.object({ error: z.number().int(), warning: z.number().int(), info: z.number().int() }),
  })
  .meta({ id: 'IatiReconciliation' });

export const SourceFile = z
  .object({
    id: z.string(),
    fileName: z.string(),
    sha256: z.string(),
    sizeBytes: z.number().int(),
    iatiVersion: z.string().nullable(),
    generatedAt: z.string().nullable(),
    importedAt: z.string(),
    publisher: z.string().nullable(),
    sourceUrl: z
      .string()
      .nullable()
      .describe(
        'where it was fetched from (a shipped file: the address it was taken from, `origin/<file name>`); ' +
          'null when uploaded by hand. Without user and password; query values hidden from readers who may not change sources',
      ),
    licence: z.string().nullable(),
    sourceId: z.string().nullable().describe('the registered source; null when imported by hand'),
    reconciliation: ReconciliationOutput.nullable(),
    lastJobId: z.string().nullable().describe('the latest import job of this file'),
  })
  .meta({ id: 'IatiSourceFile' });
export type SourceFile = z.infer<typeof SourceFile>;

export const SYNC_OUTCOMES = [
  'running',
  'imported',
  'unchanged',
  'not_modified',
  'failed',
  'refused',
] as const;
export type SyncOutcome = (typeof SYNC_OUTCOMES)[number];

export const SyncAttemptOutput = z
  .object({
    id: z.string(),
    url: z.string().nullable().describe('null: the sync of the whole source, summing up its URLs'),
    trigger: z.enum(['schedule', 'manual']),
    startedAt: z.string(),
    finishedAt: z.string().nullable(),
    outcome: z.enum(SYNC_OUTCOMES),
    httpStatus: z.number().int().nullable(),
    bytes: z.number().int().nullable(),
    attempts: z.number().int().describe('HTTP requests made, redirects and retries included'),
    error: SyncError.nullable(),
    jobId: z.string().nullable(),
    sourceFileId: z.string().nullable(),
  })
  .meta({ id: 'IatiSyncAttempt' });
export type SyncAttemptOutput = z.infer<typeof SyncAttemptOutput>;

export const SourceDetail = SourceSummary.extend({
  resources: z.array(
    z.object({
      url: z.string(),
      etag: z.string().nullable(),
      lastModified: z.string().nullable(),
      sha256: z.string().nullable().describe('of the last file fetched and imported (or found unchanged)'),
      checkedAt: z.string().nullable(),
    }),
  ),
  attempts: z.array(SyncAttemptOutput).describe('the latest 20, newest first'),
  files: z.array(SourceFile).describe('the files imported for this source, newest first (the 200 newest)'),
}).meta({ id: 'IatiSourceDetail' });
export type SourceDetail = z.infer<typeof SourceDetail>;

export const SourceFileQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(1000).default(500).describe('at most this many, newest first'),
});

const ShippedNames = z.array(z.string().trim().min(1).max(100)).min(1).max(50);
const SHIPPED_EXAMPLE =
  'names in reference/iati/public/sources.json, e.g. ["us-state-central-america", "usaid-central-america"]';

/** Which shipped sources to load (the command line loads them all). */
export const PublicDataInput = z.strictObject({
  sources: ShippedNames.optional().describe(`${SHIPPED_EXAMPLE}; all when absent`),
});

/** Over HTTP the names are required: loading thousands of records is asked for by name, never by an empty body. */
export const PublicDataRequest = z.strictObject({ sources: ShippedNames.describe(SHIPPED_EXAMPLE) });
