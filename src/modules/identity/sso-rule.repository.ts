import type { Kysely } from 'kysely';
import type { Database } from '@/platform/db/database';
import type { SsoRuleRow } from './sso-rule.table';

export function findSsoRuleById(db: Kysely<Database>, id: string): Promise<SsoRuleRow | undefined> {
  return db.selectFrom('sso_rule').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The rule for exactly this e-mail domain (stored lower-case), if any. */
export function findSsoRuleByDomain(db: Kysely<Database>, domain: string): Promise<SsoRuleRow | undefined> {
  return db
    .selectFrom('sso_rule')
    .selectAll()
    .where('email_domain', '=', domain.toLowerCase())
    .executeTakeFirst();
}

export function findAllSsoRules(db: Kysely<Database>): Promise<SsoRuleRow[]> {
  return db.selectFrom('sso_rule').selectAll().orderBy('email_domain').execute();
}
