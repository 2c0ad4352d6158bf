import { recordAudit } from '@/modules/audit';
import { authorize } from '@/modules/access';
import { withTransaction, type ServiceContext } from '@/platform/context';
import { uuidv7 } from '@/platform/crypto/uuid';
import { ConflictError, ValidationError } from '@/platform/errors';
import { parseInput } from '@/platform/validation';
import { checkGrants } from './check-grants';
import { assertAcceptablePassword } from './password-policy';
import { hashPassword } from './password-hash';
import { findGrants, findUserByEmail, organisationCountry } from './user.repository';
import { auditableUser, toUserOutput } from './user.mapper';
import { CreateUserInput, type UserOutput } from './user.schemas';
import type { AppUserTable } from './user.table';

/**
 * Creates a user in an organisation with the given grants (and a password, if given).
 * @throws ForbiddenError; ValidationError `validation_failed`; ConflictError `conflict` (e-mail taken)
 */
export async function createUser({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: CreateUserInput;
}): Promise<UserOutput> {
  const fields = parseInput(CreateUserInput, input, 'body');
  if (fields.password !== undefined) {
    assertAcceptablePassword(fields.password);
  }
  const passwordHash = fields.password === undefined ? null : await hashPassword(fields.password);
  return withTransaction(ctx, async (trx) => {
    const country = await organisationCountry(trx, fields.organisationId);
    if (country === undefined) {
      throw new ValidationError([
        {
          path: 'body.organisationId',
          code: 'unknown_organisation',
          message: { es: 'La organización no existe.', en: 'The organisation does not exist.' },
        },
      ]);
    }
    authorize(ctx.actor, 'user.create', { organisationId: fields.organisationId, countryCode: country });
    await checkGrants(trx, ctx.actor, fields.grants);
    if ((await findUserByEmail(trx, fields.email)) !== undefined) {
      throw new ConflictError([
        {
          path: 'body.email',
          code: 'duplicate',
          message: {
            es: 'Ya existe un usuario con ese correo.',
            en: 'A user with that e-mail already exists.',
          },
        },
      ]);
    }
    const now = ctx.now();
    const row: AppUserTable = {
      id: uuidv7(now),
      organisation_id: fields.organisationId,
      email: fields.email,
      name: fields.name,
      password_hash: passwordHash,
      mfa_secret: null,
      mfa_enabled: 0,
      mfa_last_step: null,
      language: fields.language,
      disabled_at: null,
      last_sign_in_at: null,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
      version: 1,
    };
    await trx.insertInto('app_user').values(row).execute();
    for (const grant of fields.grants) {
      await trx
        .insertInto('role_grant')
        .values({
          id: uuidv7(now),
          user_id: row.id,
          role: grant.role,
          organisation_id: grant.organisationId,
          country_code: grant.countryCode,
          created_at: now.toISOString(),
        })
        .execute();
    }
    await recordAudit(trx, ctx, {
      action: 'user.create',
      entity: 'user',
      entityId: row.id,
      details: { after: auditableUser(row), grants: fields.grants },
    });
    return toUserOutput(row, await findGrants(trx, [row.id]), true);
  });
}
