import type { Logger } from 'pino';
import { seedReferenceData } from '@/modules/reference-data';
import type { Config } from '@/platform/config';
import { connect, type Db } from '@/platform/db/connect';
import { migrateToLatest } from '@/platform/db/migrate';
import { REFERENCE_DIR } from '@/platform/paths';
import { cliContext } from './cli-context';

/**
 * Opens the configured database ready for operators' commands: migrated, with reference data loaded
 * (codes such as organisation types are checked against it). Both steps are no-ops when already done.
 */
export async function prepareDatabase(config: Config, logger: Logger): Promise<Db> {
  const db = connect(config.database);
  try {
    await migrateToLatest(db.kysely);
    await seedReferenceData({
      ctx: cliContext(db, logger, 'prepare', config),
      input: { referenceDir: REFERENCE_DIR },
    });
    return db;
  } catch (error) {
    await db.close();
    throw error;
  }
}
