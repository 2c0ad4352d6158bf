import type { Kysely } from 'kysely';
import type { Database } from '@/platform/db/database';
import { ConflictError } from '@/platform/errors';
import { findSourceByName } from './source.repository';

/**
 * Source names are unique: the command line names sources by them.
 * @throws ConflictError `conflict` on `body.name`
 */
export async function checkSourceName(db: Kysely<Database>, name: string, exceptId?: string): Promise<void> {
  const existing = await findSourceByName(db, name);
  if (existing !== undefined && existing.id !== exceptId) {
    throw new ConflictError([
      {
        path: 'body.name',
        code: 'duplicate',
        message: {
          es: `Ya hay una fuente llamada "${name}".`,
          en: `There is already a source named "${name}".`,
        },
      },
    ]);
  }
}
