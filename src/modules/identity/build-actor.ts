import type { Kysely } from 'kysely';
import type { ActorGrant, UserActor } from '@/platform/context';
import type { Database } from '@/platform/db/database';
import type { AppUserRow } from './user.table';

/** The actor for a user: their organisation, its country, and their grants. */
export async function buildUserActor(
  db: Kysely<Database>,
  user: AppUserRow,
  credential: { via: 'session' | 'token'; credentialId: string; authenticatedAt: string },
): Promise<UserActor> {
  const [organisation, grants] = await Promise.all([
    db
      .selectFrom('organisation')
      .select('country_code')
      .where('id', '=', user.organisation_id)
      .executeTakeFirst(),
    db
      .selectFrom('role_grant')
      .select(['role', 'organisation_id', 'country_code'])
      .where('user_id', '=', user.id)
      .execute(),
  ]);
  return {
    type: 'user',
    userId: user.id,
    email: user.email,
    organisationId: user.organisation_id,
    organisationCountry: organisation?.country_code ?? null,
    grants: grants.map((grant): ActorGrant => ({
      role: grant.role,
      organisationId: grant.organisation_id,
      countryCode: grant.country_code,
    })),
    ...credential,
  };
}
