import type { ServiceContext } from '@/platform/context';
import { NotFoundError } from '@/platform/errors';
import { parseInput } from '@/platform/validation';
import { findCodelist, findCodelistItems } from './codelist.repository';
import { toCodelistOutput } from './codelist.mapper';
import { CodelistName, CodelistQuery, type CodelistOutput } from './codelist.schemas';

/**
 * Returns one IATI codelist with es/en labels, filtered by status and code prefix.
 * @throws ValidationError `validation_failed`; NotFoundError `codelist_not_found`
 */
export async function getCodelist({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { name: string; query: CodelistQuery };
}): Promise<CodelistOutput> {
  const name = parseInput(CodelistName, input.name, 'name');
  const query = parseInput(CodelistQuery, input.query, 'query');
  const codelist = await findCodelist(ctx.db, name);
  if (codelist === undefined) {
    throw new NotFoundError('codelist_not_found', input.name);
  }
  const items = await findCodelistItems(ctx.db, codelist.name, query);
  return toCodelistOutput(codelist, items);
}
