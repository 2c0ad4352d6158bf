import type { ServiceContext } from '@/platform/context';
import { NotFoundError } from '@/platform/errors';
import { parseInput } from '@/platform/validation';
import { findCountries } from './country.repository';
import { toCountryOutput } from './country.mapper';
import { CountryCode, type CountryOutput } from './country.schemas';

/**
 * Returns one partner country.
 * @throws ValidationError `validation_failed` when the code is not two letters
 * @throws NotFoundError `country_not_found`
 */
export async function getCountry({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { code: string };
}): Promise<CountryOutput> {
  const code = parseInput(CountryCode, input.code, 'code');
  const [row] = await findCountries(ctx.db, code);
  if (row === undefined) {
    throw new NotFoundError('country_not_found', input.code);
  }
  return toCountryOutput(row);
}
