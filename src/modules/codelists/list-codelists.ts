import type { ServiceContext } from '@/platform/context';
import { findCodelistSummaries } from './codelist.repository';
import { toCodelistSummaryOutput } from './codelist.mapper';
import type { CodelistSummaryOutput } from './codelist.schemas';

/** Lists the IATI codelists the platform ships, with their sizes. */
export async function listCodelists({ ctx }: { ctx: ServiceContext }): Promise<CodelistSummaryOutput[]> {
  return (await findCodelistSummaries(ctx.db)).map(toCodelistSummaryOutput);
}
