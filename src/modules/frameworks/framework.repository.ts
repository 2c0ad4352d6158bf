import type { Kysely } from 'kysely';
import type { Database } from '@/platform/db/database';
import type { FrameworkElementRow, FrameworkRow } from './framework.table';

export function findAllFrameworks(db: Kysely<Database>): Promise<FrameworkRow[]> {
  return db.selectFrom('framework').selectAll().orderBy('position').execute();
}

export function findFramework(db: Kysely<Database>, code: string): Promise<FrameworkRow | undefined> {
  return db.selectFrom('framework').selectAll().where('code', '=', code).executeTakeFirst();
}

export function findFrameworkElements(
  db: Kysely<Database>,
  frameworkCode: string,
): Promise<FrameworkElementRow[]> {
  return db
    .selectFrom('framework_element')
    .selectAll()
    .where('framework_code', '=', frameworkCode)
    .orderBy('kind')
    .orderBy('position')
    .execute();
}
