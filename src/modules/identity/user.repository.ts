import type { Kysely } from 'kysely';
import type { Database } from '@/platform/db/database';
import type { AppUserRow, RoleGrantRow } from './user.table';

export function findUserById(db: Kysely<Database>, id: string): Promise<AppUserRow | undefined> {
  return db.selectFrom('app_user').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findUserByEmail(db: Kysely<Database>, email: string): Promise<AppUserRow | undefined> {
  return db.selectFrom('app_user').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
}

export function findGrants(db: Kysely<Database>, userIds: readonly string[]): Promise<RoleGrantRow[]> {
  if (userIds.length === 0) {
    return Promise.resolve([]);
  }
  return db
    .selectFrom('role_grant')
    .selectAll()
    .where('user_id', 'in', [...userIds])
    .orderBy('created_at')
    .execute();
}

/** Users visible through the given scopes, a page at a time: `scopes` null means every user. */
export function findUserPage(
  db: Kysely<Database>,
  filter: {
    limit: number;
    cursor?: string;
    organisationId?: string;
    scopes: readonly { organisationId: string | null; countryCode: string | null }[] | null;
  },
): Promise<(AppUserRow & { organisation_country: string | null })[]> {
  let query = db
    .selectFrom('app_user')
    .innerJoin('organisation', 'organisation.id', 'app_user.organisation_id')
    .selectAll('app_user')
    .select('organisation.country_code as organisation_country')
    .orderBy('app_user.id')
    .limit(filter.limit + 1);
  if (filter.cursor !== undefined) {
    query = query.where('app_user.id', '>', filter.cursor);
  }
  if (filter.organisationId !== undefined) {
    query = query.where('app_user.organisation_id', '=', filter.organisationId);
  }
  const scopes = filter.scopes;
  if (scopes !== null) {
    if (scopes.length === 0) {
      return Promise.resolve([]);
    }
    query = query.where((eb) =>
      eb.or(
        scopes.map((scope) =>
          eb.and([
            ...(scope.organisationId === null
              ? []
              : [eb('app_user.organisation_id', '=', scope.organisationId)]),
            ...(scope.countryCode === null ? [] : [eb('organisation.country_code', '=', scope.countryCode)]),
          ]),
        ),
      ),
    );
  }
  return query.execute();
}

export async function organisationCountry(
  db: Kysely<Database>,
  organisationId: string,
): Promise<string | null | undefined> {
  const row = await db
    .selectFrom('organisation')
    .select('country_code')
    .where('id', '=', organisationId)
    .executeTakeFirst();
  return row === undefined ? undefined : row.country_code;
}
