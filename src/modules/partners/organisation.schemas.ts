import { z } from 'zod';

const Name = z.string().trim().min(1).max(300);

const OrganisationName = z
  .strictObject({ es: Name, en: Name })
  .describe('name in Spanish and English (repeat it if it has one)');
const IatiIdentifier = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:/-]{1,99}$/, 'must be an IATI organisation identifier such as "US-GOV-1"')
  .nullable();
const OrganisationType = z.string().regex(/^\d{2}$/, 'must be an IATI OrganisationType code such as "10"');
const CountryCode = z
  .string()
  .regex(/^[A-Za-z]{2}$/, 'must be an ISO 3166-1 alpha-2 code')
  .transform((code) => code.toUpperCase())
  .nullable();

const FiscalYearStartMonth = z
  .number()
  .int()
  .min(1)
  .max(12)
  .describe('month its fiscal year starts: 1 calendar year, 10 US federal (October–September)');

export const OrganisationInput = z.strictObject({
  name: OrganisationName,
  iatiIdentifier: IatiIdentifier.default(null),
  type: OrganisationType,
  countryCode: CountryCode.default(null),
  fiscalYearStartMonth: FiscalYearStartMonth.default(1),
});
export type OrganisationInput = z.input<typeof OrganisationInput>;

/** A change: only the fields sent are changed (no defaults here, so an absent field stays as it is). */
export const OrganisationPatch = z.strictObject({
  name: OrganisationName.optional(),
  iatiIdentifier: IatiIdentifier.optional(),
  type: OrganisationType.optional(),
  countryCode: CountryCode.optional(),
  fiscalYearStartMonth: FiscalYearStartMonth.optional(),
});
export type OrganisationPatch = z.input<typeof OrganisationPatch>;

export const OrganisationOutput = z
  .object({
    id: z.string(),
    name: z.object({ es: z.string(), en: z.string() }),
    iatiIdentifier: z.string().nullable(),
    type: z.string(),
    countryCode: z.string().nullable(),
    fiscalYearStartMonth: z.number().int(),
    isDemo: z.boolean().describe('part of the fictional demo portfolio'),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'Organisation' });
export type OrganisationOutput = z.infer<typeof OrganisationOutput>;
