import type { ServiceContext } from '@/platform/context';
import { findCountries } from './country.repository';
import { toCountryOutput } from './country.mapper';
import type { CountryOutput } from './country.schemas';

/** Lists the seven CARSI partner countries with their subdivision counts (public reference data). */
export async function listCountries({ ctx }: { ctx: ServiceContext }): Promise<CountryOutput[]> {
  return (await findCountries(ctx.db)).map(toCountryOutput);
}
