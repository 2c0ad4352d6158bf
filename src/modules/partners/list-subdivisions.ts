import type { ServiceContext } from '@/platform/context';
import { findSubdivisions } from './country.repository';
import { toSubdivisionOutput } from './country.mapper';
import type { SubdivisionOutput } from './country.schemas';
import { getCountry } from './get-country';

/**
 * Lists a country's first-level subdivisions with their current ISO 3166-2 codes.
 * @throws NotFoundError `country_not_found`
 */
export async function listSubdivisions({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { countryCode: string };
}): Promise<SubdivisionOutput[]> {
  const country = await getCountry({ ctx, input: { code: input.countryCode } });
  return (await findSubdivisions(ctx.db, country.code)).map(toSubdivisionOutput);
}
