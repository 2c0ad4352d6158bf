import { Migrator, type Kysely, type MigrationResultSet } from 'kysely';

// The migrator works on whatever schema exists, so it takes an untyped Kysely.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyKysely = Kysely<any>;
import { migrations } from '../../../migrations';

/**
 * Applies every pending migration (they are listed statically in migrations/index.ts so the
 * set is fixed at build time). Returns the names applied in this run.
 * @throws Error naming the failed migration; nothing of that migration is kept.
 */
export async function migrateToLatest(kysely: AnyKysely, options: MigrateOptions = {}): Promise<string[]> {
  const migrator = createMigrator(kysely, options);
  const result: MigrationResultSet = await migrator.migrateToLatest();
  if (result.error !== undefined) {
    const failed = result.results?.find((entry) => entry.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(
      `Migration ${failed} failed: ${result.error instanceof Error ? result.error.message : JSON.stringify(result.error)}`,
      { cause: result.error },
    );
  }
  return (result.results ?? [])
    .filter((entry) => entry.status === 'Success')
    .map((entry) => entry.migrationName);
}

/** Names of the migrations already applied, oldest first. */
export async function listAppliedMigrations(
  kysely: AnyKysely,
  options: MigrateOptions = {},
): Promise<string[]> {
  const migrator = createMigrator(kysely, options);
  const all = await migrator.getMigrations();
  return all.filter((migration) => migration.executedAt !== undefined).map((migration) => migration.name);
}

export interface MigrateOptions {
  /** PostgreSQL schema that holds the migration bookkeeping tables (default: the search path's first). */
  readonly schema?: string;
}

function createMigrator(kysely: AnyKysely, options: MigrateOptions): Migrator {
  return new Migrator({
    db: kysely,
    provider: { getMigrations: async () => migrations },
    ...(options.schema === undefined ? {} : { migrationTableSchema: options.schema }),
  });
}
