import { authorize } from '@/modules/access';
import type { ServiceContext } from '@/platform/context';
import { PageQuery, toPage } from '@/platform/pagination';
import { parseInput } from '@/platform/validation';
import { findOrganisationPage } from './organisation.repository';
import { toOrganisationOutput } from './organisation.mapper';
import type { OrganisationOutput } from './organisation.schemas';

/** Lists organisations, a page at a time. @throws AppError `unauthenticated`; ValidationError */
export async function listOrganisations({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: Partial<PageQuery>;
}): Promise<{ items: OrganisationOutput[]; nextCursor: string | null }> {
  authorize(ctx.actor, 'organisation.read');
  const page = parseInput(PageQuery, input, 'query');
  const rows = await findOrganisationPage(ctx.db, page);
  const result = toPage(rows, page.limit, (row) => row.id);
  return { items: result.items.map(toOrganisationOutput), nextCursor: result.nextCursor };
}
