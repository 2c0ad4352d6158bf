import { authorize } from '@/modules/access';
import { recordAudit } from '@/modules/audit';
import { withTransaction, type ServiceContext } from '@/platform/context';
import { ConflictError, NotFoundError, PreconditionFailedError } from '@/platform/errors';
import { parseInput } from '@/platform/validation';
import { AccountInput, AccountPatch, toAccountOutput, type AccountOutput } from './account.schemas';

/** The appropriation accounts, by acronym. @throws AppError `unauthenticated` */
export async function listAccounts({ ctx }: { ctx: ServiceContext }): Promise<{ items: AccountOutput[] }> {
  authorize(ctx.actor, 'funding.read');
  const rows = await ctx.db.selectFrom('appropriation_account').selectAll().orderBy('acronym').execute();
  return { items: rows.map(toAccountOutput) };
}

/**
 * Adds an appropriation account to the list.
 * @throws ForbiddenError; ValidationError; ConflictError `conflict` when the code exists
 */
export async function createAccount({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: AccountInput;
}): Promise<AccountOutput> {
  authorize(ctx.actor, 'account.manage');
  const fields = parseInput(AccountInput, input, 'body');
  return withTransaction(ctx, async (trx) => {
    const existing = await trx
      .selectFrom('appropriation_account')
      .select('code')
      .where('code', '=', fields.code)
      .executeTakeFirst();
    if (existing !== undefined) {
      throw new ConflictError([
        {
          path: 'body.code',
          code: 'duplicate',
          message: {
            es: `La cuenta ${fields.code} ya existe.`,
            en: `Account ${fields.code} already exists.`,
          },
        },
      ]);
    }
    const now = ctx.now().toISOString();
    const row = {
      code: fields.code,
      acronym: fields.acronym,
      name_es: fields.name.es,
      name_en: fields.name.en,
      created_at: now,
      updated_at: now,
      version: 1,
    };
    await trx.insertInto('appropriation_account').values(row).execute();
    await recordAudit(trx, ctx, {
      action: 'account.create',
      entity: 'appropriation_account',
      entityId: row.code,
      details: { after: row },
    });
    return toAccountOutput(row);
  });
}

/**
 * Renames an appropriation account still at `expectedVersion`.
 * @throws ForbiddenError; NotFoundError `account_not_found`; PreconditionFailedError; ValidationError
 */
export async function updateAccount({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { code: string; expectedVersion: number; patch: AccountPatch };
}): Promise<AccountOutput> {
  authorize(ctx.actor, 'account.manage');
  const patch = parseInput(AccountPatch, input.patch, 'body');
  return withTransaction(ctx, async (trx) => {
    const before = await trx
      .selectFrom('appropriation_account')
      .selectAll()
      .where('code', '=', input.code)
      .executeTakeFirst();
    if (before === undefined) {
      throw new NotFoundError('account_not_found', input.code);
    }
    if (before.version !== input.expectedVersion) {
      throw new PreconditionFailedError();
    }
    const after = {
      ...before,
      acronym: patch.acronym ?? before.acronym,
      name_es: patch.name?.es ?? before.name_es,
      name_en: patch.name?.en ?? before.name_en,
      updated_at: ctx.now().toISOString(),
      version: before.version + 1,
    };
    const updated = await trx
      .updateTable('appropriation_account')
      .set(after)
      .where('code', '=', before.code)
      .where('version', '=', before.version)
      .executeTakeFirst();
    if (updated.numUpdatedRows !== 1n) {
      throw new PreconditionFailedError();
    }
    await recordAudit(trx, ctx, {
      action: 'account.update',
      entity: 'appropriation_account',
      entityId: before.code,
      details: { before, after },
    });
    return toAccountOutput(after);
  });
}
