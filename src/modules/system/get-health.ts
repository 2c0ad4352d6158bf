import { sql } from 'kysely';
import type { ServiceContext } from '@/platform/context';
import { AppError } from '@/platform/errors';
import { listAppliedMigrations } from '@/platform/db/migrate';
import type { HealthOutput } from './health.schemas';

/**
 * Checks that the database answers and reports what is loaded.
 * @throws AppError `service_unavailable` when the database does not answer
 */
export async function getHealth({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { version: string };
}): Promise<HealthOutput> {
  try {
    await sql`select 1`.execute(ctx.db);
    const [migrations, datasets] = await Promise.all([
      listAppliedMigrations(ctx.db),
      ctx.db.selectFrom('reference_dataset').select(['id', 'row_count', 'loaded_at']).orderBy('id').execute(),
    ]);
    return {
      status: 'ok',
      database: ctx.dialect,
      version: input.version,
      migrations: migrations.length,
      referenceData: datasets.map((dataset) => ({
        id: dataset.id,
        rows: dataset.row_count,
        loadedAt: dataset.loaded_at,
      })),
      time: ctx.now().toISOString(),
    };
  } catch (error) {
    ctx.log.error({ err: error }, 'health check failed');
    throw new AppError('service_unavailable');
  }
}
