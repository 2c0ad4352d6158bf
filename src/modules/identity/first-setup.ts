import { z } from 'zod';
import { recordAudit } from '@/modules/audit';
import { createOrganisation, OrganisationInput } from '@/modules/partners';
import { withTransaction, type ServiceContext } from '@/platform/context';
import { AppError, ConflictError, ValidationError } from '@/platform/errors';
import { parseInput } from '@/platform/validation';
import { createUser } from './create-user';
import { consumeOneTimeToken, issueOneTimeToken } from './one-time-tokens';
import { assertAcceptablePassword } from './password-policy';
import { startSession, type StartedSession } from './sessions';

/** The setup link printed at start works for a day; a restart prints a new one. */
const SETUP_TTL_MS = 24 * 60 * 60_000;

export const CompleteSetupInput = z.strictObject({
  token: z.string().min(20).max(200),
  organisation: OrganisationInput,
  administrator: z.strictObject({
    email: z.string().max(254),
    name: z.string().max(200),
    password: z.string().max(1024),
    language: z.enum(['es', 'en']).default('es'),
  }),
});
export type CompleteSetupInput = z.input<typeof CompleteSetupInput>;

async function hasUsers(ctx: ServiceContext): Promise<boolean> {
  return (await ctx.db.selectFrom('app_user').select('id').limit(1).executeTakeFirst()) !== undefined;
}

/** Whether the platform still needs its first administrator. */
export async function isSetupNeeded({ ctx }: { ctx: ServiceContext }): Promise<boolean> {
  return !(await hasUsers(ctx));
}

/**
 * On a platform with no users, replaces any earlier setup link by a new single-use one and returns its URL;
 * returns null once someone exists. There are no default accounts (SECURITY.md A6).
 */
export async function issueSetupLink({ ctx }: { ctx: ServiceContext }): Promise<string | null> {
  if (await hasUsers(ctx)) {
    return null;
  }
  return withTransaction(ctx, async (trx) => {
    await trx.deleteFrom('one_time_token').where('purpose', '=', 'setup').execute();
    const token = await issueOneTimeToken(trx, {
      purpose: 'setup',
      userId: null,
      ttlMs: SETUP_TTL_MS,
      now: ctx.now(),
    });
    return `${ctx.security.publicUrl}/setup#token=${token}`;
  });
}

/**
 * Creates the first organisation and its global administrator with the setup token, and signs the
 * administrator in to enrol the second factor (required for administrators).
 * @throws AppError `setup_not_allowed`; ValidationError
 */
export async function completeSetup({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: CompleteSetupInput;
}): Promise<StartedSession> {
  const body = parseInput(CompleteSetupInput, input, 'body');
  assertAcceptablePassword(body.administrator.password, 'body.administrator.password');
  return withTransaction(ctx, async (trx) => {
    const setupCtx: ServiceContext = { ...ctx, db: trx, actor: { type: 'system', name: 'setup' } };
    if (await hasUsers(setupCtx)) {
      throw new AppError('setup_not_allowed');
    }
    await consumeOneTimeToken(trx, { purpose: 'setup', token: body.token, now: ctx.now() }).catch(() => {
      throw new AppError('setup_not_allowed');
    });
    const organisation = await underPath('body.organisation', () =>
      createOrganisation({ ctx: setupCtx, input: body.organisation }),
    );
    const admin = await underPath('body.administrator', () =>
      createUser({
        ctx: setupCtx,
        input: {
          ...body.administrator,
          organisationId: organisation.id,
          grants: [{ role: 'admin', organisationId: null, countryCode: null }],
        },
      }),
    );
    await recordAudit(trx, setupCtx, {
      action: 'setup.complete',
      entity: 'user',
      entityId: admin.id,
      details: { organisationId: organisation.id },
    });
    return startSession(trx, { userId: admin.id, state: 'mfa_enrolment', method: 'setup', now: ctx.now() });
  });
}

/**
 * Runs a verb whose field problems say `body.x` and reports them where the field is in the setup form,
 * `body.organisation.x` or `body.administrator.x`, so the screen can show each next to its field.
 */
async function underPath<T>(prefix: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError && error.details?.errors !== undefined) {
      const errors = error.details.errors.map((problem) => ({
        ...problem,
        path: problem.path.replace(/^body/, prefix),
      }));
      throw error.code === 'conflict' ? new ConflictError(errors) : new ValidationError(errors);
    }
    throw error;
  }
}
