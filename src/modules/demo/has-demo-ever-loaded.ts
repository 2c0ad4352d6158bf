import type { Kysely } from 'kysely';
import type { Database } from '@/platform/db/database';

/**
 * Whether this instance ever loaded the demo portfolio (the audit trail remembers it even after the demo
 * records are gone), so the first start loads it once and never again.
 */
export async function hasDemoEverLoaded(db: Kysely<Database>): Promise<boolean> {
  const entry = await db
    .selectFrom('audit_event')
    .select('seq')
    .where('action', '=', 'demo.load')
    .executeTakeFirst();
  return entry !== undefined;
}
