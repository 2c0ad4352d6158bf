import { z } from 'zod';
import { Bilingual } from '@/platform/api-schemas';

export const CountryCode = z
  .string()
  .regex(/^[A-Za-z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "HN"')
  .transform((code) => code.toUpperCase())
  .describe('ISO 3166-1 alpha-2 country code, e.g. `HN`');

export const SubdivisionCode = z
  .string()
  .regex(/^[A-Za-z]{2}-[A-Za-z0-9]{1,3}$/, 'must be an ISO 3166-2 code such as "HN-CR"')
  .transform((code) => code.toUpperCase())
  .describe('ISO 3166-2 subdivision code, e.g. `HN-CR`');

export const CountryOutput = z
  .object({
    code: z.string().describe('ISO 3166-1 alpha-2'),
    iso3: z.string(),
    numericCode: z.string(),
    name: Bilingual,
    currency: z.string().describe('ISO 4217 code of the legal tender'),
    subdivisionType: Bilingual,
    subdivisionCount: z.number().int(),
  })
  .meta({ id: 'Country' });
export type CountryOutput = z.infer<typeof CountryOutput>;

export const SubdivisionOutput = z
  .object({
    code: z.string().describe('current ISO 3166-2 code'),
    countryCode: z.string(),
    name: Bilingual,
    type: Bilingual,
    hasBoundary: z.boolean().describe('false where no boundary is shipped (e.g. PA-10, created in 2014)'),
  })
  .meta({ id: 'Subdivision' });
export type SubdivisionOutput = z.infer<typeof SubdivisionOutput>;

export const BoundaryLevel = z.enum(['country', 'subdivision']);

export const BoundariesQuery = z.strictObject({
  level: BoundaryLevel.default('country'),
  country: CountryCode.optional(),
});
export type BoundariesQuery = z.input<typeof BoundariesQuery>;

/** A GeoJSON FeatureCollection; each feature's properties carry the code and the bilingual name. */
export const BoundariesOutput = z
  .object({
    type: z.literal('FeatureCollection'),
    features: z.array(
      z.object({
        type: z.literal('Feature'),
        id: z.string(),
        properties: z.object({ code: z.string(), countryCode: z.string(), name: Bilingual }),
        geometry: z.record(z.string(), z.unknown()),
      }),
    ),
  })
  .meta({ id: 'Boundaries' });
export type BoundariesOutput = z.infer<typeof BoundariesOutput>;
