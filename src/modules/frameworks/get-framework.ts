import type { ServiceContext } from '@/platform/context';
import { NotFoundError } from '@/platform/errors';
import { parseInput } from '@/platform/validation';
import { findFramework, findFrameworkElements } from './framework.repository';
import { toFrameworkOutput } from './framework.mapper';
import { FrameworkCode, type FrameworkOutput } from './framework.schemas';

/**
 * Returns one framework with its goals, lines of work and components.
 * @throws NotFoundError `framework_not_found`
 */
export async function getFramework({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { code: string };
}): Promise<FrameworkOutput> {
  const code = parseInput(FrameworkCode, input.code.toLowerCase(), 'code');
  const row = await findFramework(ctx.db, code);
  if (row === undefined) {
    throw new NotFoundError('framework_not_found', input.code);
  }
  return toFrameworkOutput(row, await findFrameworkElements(ctx.db, code));
}
