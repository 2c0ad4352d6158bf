import type { ServiceContext } from '@/platform/context';
import { findStatisticDatasets } from './statistic.repository';
import { toStatisticDatasetOutput } from './statistic.mapper';
import type { StatisticDatasetOutput } from './statistic.schemas';

/** Lists every context-statistics dataset with its publisher, licence and caveats. */
export async function listStatisticDatasets({
  ctx,
}: {
  ctx: ServiceContext;
}): Promise<StatisticDatasetOutput[]> {
  return (await findStatisticDatasets(ctx.db)).map(toStatisticDatasetOutput);
}
