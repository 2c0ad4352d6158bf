import { z } from 'zod';
import { Bilingual } from '@/platform/api-schemas';

const Year = z.coerce.number().int().min(1900).max(2100);

const CountryFilter = z
  .string()
  .regex(/^[A-Za-z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "HN"')
  .transform((code) => code.toUpperCase());

const SubdivisionFilter = z
  .string()
  .regex(/^[A-Za-z]{2}-[A-Za-z0-9]{1,3}$/, 'must be an ISO 3166-2 code such as "HN-CR"')
  .transform((code) => code.toUpperCase());

const yearRange = <T extends { from?: number; to?: number }>(query: T) =>
  query.from === undefined || query.to === undefined || query.from <= query.to;

export const HomicideRatesQuery = z
  .strictObject({
    country: CountryFilter.optional().describe('ISO 3166-1 alpha-2; omit for all seven countries'),
    subdivision: SubdivisionFilter.optional().describe('ISO 3166-2; implies level=subdivision'),
    level: z
      .enum(['country', 'subdivision'])
      .optional()
      .describe('national rates (default) or sub-national ones'),
    from: Year.optional().describe('first year, inclusive'),
    to: Year.optional().describe('last year, inclusive'),
    dataset: z.string().max(80).optional().describe('dataset id; default: the main series of the level'),
  })
  .refine(yearRange, { message: '"from" must not be after "to"', path: ['from'] });
export type HomicideRatesQuery = z.input<typeof HomicideRatesQuery>;

export const PopulationQuery = z
  .strictObject({
    country: CountryFilter.optional(),
    from: Year.optional(),
    to: Year.optional(),
  })
  .refine(yearRange, { message: '"from" must not be after "to"', path: ['from'] });
export type PopulationQuery = z.input<typeof PopulationQuery>;

export const StatisticDatasetOutput = z
  .object({
    id: z.string(),
    indicator: z.enum(['homicide_rate', 'population']),
    level: z.enum(['country', 'subdivision']),
    title: Bilingual,
    publisher: z.string(),
    licence: z.string(),
    url: z.string(),
    caveats: z.array(Bilingual),
  })
  .meta({ id: 'StatisticDataset' });
export type StatisticDatasetOutput = z.infer<typeof StatisticDatasetOutput>;

export const HomicideRateOutput = z
  .object({
    datasetId: z.string(),
    countryCode: z.string(),
    subdivisionCode: z
      .string()
      .nullable()
      .describe('null for national rows and police units without an ISO code'),
    unitName: z.string().describe('the unit as the source names it'),
    year: z.number().int(),
    ratePer100k: z.number(),
  })
  .meta({ id: 'HomicideRate' });

export const HomicideRatesOutput = z
  .object({ items: z.array(HomicideRateOutput), datasets: z.array(StatisticDatasetOutput) })
  .meta({ id: 'HomicideRates' });
export type HomicideRatesOutput = z.infer<typeof HomicideRatesOutput>;

export const PopulationOutput = z
  .object({
    items: z.array(
      z.object({ countryCode: z.string(), year: z.number().int(), population: z.number().int() }),
    ),
    datasets: z.array(StatisticDatasetOutput),
  })
  .meta({ id: 'Population' });
export type PopulationOutput = z.infer<typeof PopulationOutput>;
