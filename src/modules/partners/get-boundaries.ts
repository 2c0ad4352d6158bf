import type { ServiceContext } from '@/platform/context';
import { parseInput } from '@/platform/validation';
import { findCountryBoundaries, findSubdivisionBoundaries } from './country.repository';
import { toBoundariesOutput } from './country.mapper';
import { BoundariesQuery, type BoundariesOutput } from './country.schemas';
import { getCountry } from './get-country';

/**
 * Returns boundaries as GeoJSON for maps: the seven countries, or the subdivisions of one or all of them.
 * Natural Earth shows de facto boundaries; the UI says so.
 * @throws ValidationError `validation_failed`; NotFoundError `country_not_found`
 */
export async function getBoundaries({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: BoundariesQuery;
}): Promise<BoundariesOutput> {
  const query = parseInput(BoundariesQuery, input, 'query');
  const country =
    query.country === undefined
      ? undefined
      : (await getCountry({ ctx, input: { code: query.country } })).code;
  const rows =
    query.level === 'country'
      ? await findCountryBoundaries(ctx.db, country)
      : await findSubdivisionBoundaries(ctx.db, country);
  return toBoundariesOutput(rows);
}
