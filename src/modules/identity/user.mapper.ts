import type { Role } from '@/modules/access';
import type { UserOutput } from './user.schemas';
import type { AppUserRow, RoleGrantRow } from './user.table';

/** Row → API shape; administrative fields only when `full` (the reader may administer this user). */
export function toUserOutput(row: AppUserRow, grants: readonly RoleGrantRow[], full: boolean): UserOutput {
  const base: UserOutput = {
    id: row.id,
    email: row.email,
    name: row.name,
    organisationId: row.organisation_id,
    language: row.language === 'en' ? 'en' : 'es',
    disabled: row.disabled_at !== null,
    version: row.version,
  };
  if (!full) {
    return base;
  }
  return {
    ...base,
    grants: grants
      .filter((grant) => grant.user_id === row.id)
      .map((grant) => ({
        id: grant.id,
        role: grant.role as Role,
        organisationId: grant.organisation_id,
        countryCode: grant.country_code,
      })),
    mfaEnabled: row.mfa_enabled === 1,
    hasPassword: row.password_hash !== null,
    lastSignInAt: row.last_sign_in_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The user as audit details: never the password hash or the MFA secret. */
export function auditableUser(row: AppUserRow): Record<string, unknown> {
  const { password_hash: passwordHash, mfa_secret: mfaSecret, ...rest } = row;
  return { ...rest, hasPassword: passwordHash !== null, hasMfaSecret: mfaSecret !== null };
}
