import type { ServiceContext } from '@/platform/context';
import { findAllFrameworks } from './framework.repository';
import { toFrameworkSummaryOutput } from './framework.mapper';
import type { FrameworkSummaryOutput } from './framework.schemas';

/** Lists the strategic frameworks (public reference data). */
export async function listFrameworks({ ctx }: { ctx: ServiceContext }): Promise<FrameworkSummaryOutput[]> {
  const rows = await findAllFrameworks(ctx.db);
  return rows.map(toFrameworkSummaryOutput);
}
