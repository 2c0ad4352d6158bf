import { z } from 'zod';
import { PublishedExtensions } from '@/shared/published-extensions';

const Text = (max: number) => z.string().trim().max(max);
const IsoDate = z.iso.date('must be a date YYYY-MM-DD');
const Code = z.string().trim().min(1).max(40);
const Id = z.string().min(1).max(40);

/** A percentage with at most two decimals, 0–100 (stored as hundredths of a percent). */
export const Percentage = z
  .number()
  .min(0)
  .max(100)
  .refine((value) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6, {
    message: 'must have at most two decimals',
  });

/** 12.5 → 1250 (hundredths of a percent). */
export const toHundredths = (percentage: number): number => Math.round(percentage * 100);

const BilingualText = (max: number) =>
  z.strictObject({ es: Text(max).default(''), en: Text(max).default('') });

export const ACTIVITY_LEVELS = ['programme', 'project', 'activity'] as const;
export const WORKFLOW_STATES = ['draft', 'submitted', 'approved', 'published'] as const;

const Title = z
  .strictObject({ es: Text(500).default(''), en: Text(500).default('') })
  .refine((title) => title.es !== '' || title.en !== '', {
    message: 'a title in Spanish or English is required',
    path: ['es'],
  })
  .describe('title in Spanish and English (at least one)');

export const ParticipantInput = z.strictObject({
  organisationId: Id,
  role: z.string().regex(/^[1-4]$/, 'must be an IATI OrganisationRole code (1–4)'),
});
export const SectorInput = z.strictObject({
  vocabulary: Code.default('1').describe('IATI SectorVocabulary; 1 = OECD DAC 5-digit'),
  code: Code,
  percentage: Percentage,
});
export const CountryShareInput = z.strictObject({
  code: z
    .string()
    .regex(/^[A-Za-z]{2}$/, 'must be an ISO 3166-1 alpha-2 code')
    .transform((code) => code.toUpperCase()),
  percentage: Percentage,
});
export const RegionShareInput = z.strictObject({
  code: Code.describe('IATI Region code (vocabulary 1), e.g. 489 South America, 380 West Indies'),
  percentage: Percentage,
});
export const LocationInput = z.strictObject({
  subdivisionCode: z.string().regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, 'must be an ISO 3166-2 code such as "HN-CR"'),
  name: Text(300).default(''),
  latitude: z.number().min(-90).max(90).nullable().default(null),
  longitude: z.number().min(-180).max(180).nullable().default(null),
  percentage: Percentage,
});
export const AttributionInput = z.strictObject({
  framework: Code.describe('framework code, e.g. `carsi`, `esca`'),
  element: Code.describe('element code, e.g. goal `1`'),
  percentage: Percentage,
});
export const DocumentInput = z.strictObject({
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }).max(2000),
  title: BilingualText(300),
  category: z.string().max(10).nullable().default(null).describe('IATI DocumentCategory code'),
});

const fields = {
  level: z.enum(ACTIVITY_LEVELS),
  parentId: Id.nullable(),
  reportingOrgId: Id,
  iatiIdentifier: z
    .string()
    .trim()
    .regex(
      /^[A-Za-z0-9][A-Za-z0-9._:/ -]{1,149}$/,
      'must be an IATI activity identifier such as "US-GOV-1-ABC"',
    )
    .nullable(),
  title: Title,
  description: BilingualText(20_000),
  objectives: BilingualText(20_000),
  status: z.string().regex(/^[1-6]$/, 'must be an IATI ActivityStatus code (1–6)'),
  plannedStart: IsoDate.nullable(),
  plannedEnd: IsoDate.nullable(),
  actualStart: IsoDate.nullable(),
  actualEnd: IsoDate.nullable(),
  defaultCurrency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as "USD"'),
  participants: z.array(ParticipantInput).max(100),
  sectors: z.array(SectorInput).max(100),
  recipientCountries: z.array(CountryShareInput).max(60),
  recipientRegions: z.array(RegionShareInput).max(20),
  locations: z.array(LocationInput).max(500),
  attributions: z.array(AttributionInput).max(100),
  documents: z.array(DocumentInput).max(100),
  tags: z.array(z.string().trim().min(1).max(60)).max(50),
};

export const ActivityInput = z.strictObject({
  ...fields,
  parentId: fields.parentId.default(null),
  iatiIdentifier: fields.iatiIdentifier.default(null),
  description: fields.description.default({ es: '', en: '' }),
  objectives: fields.objectives.default({ es: '', en: '' }),
  status: fields.status.default('1'),
  plannedStart: fields.plannedStart.default(null),
  plannedEnd: fields.plannedEnd.default(null),
  actualStart: fields.actualStart.default(null),
  actualEnd: fields.actualEnd.default(null),
  defaultCurrency: fields.defaultCurrency.default('USD'),
  participants: fields.participants.default([]),
  sectors: fields.sectors.default([]),
  recipientCountries: fields.recipientCountries.default([]),
  recipientRegions: fields.recipientRegions.default([]),
  locations: fields.locations.default([]),
  attributions: fields.attributions.default([]),
  documents: fields.documents.default([]),
  tags: fields.tags.default([]),
});
export type ActivityInput = z.input<typeof ActivityInput>;
export type ActivityFields = z.output<typeof ActivityInput>;

/** A change: only the fields sent change; a list sent replaces the whole list. */
export const ActivityPatch = z.strictObject(
  Object.fromEntries(Object.entries(fields).map(([key, schema]) => [key, schema.optional()])) as {
    [K in keyof typeof fields]: z.ZodOptional<(typeof fields)[K]>;
  },
);
export type ActivityPatch = z.input<typeof ActivityPatch>;

const Bilingual = z.object({ es: z.string(), en: z.string() });
const Share = z.object({ code: z.string(), percentage: z.number() });

export const ActivityOutput = z
  .object({
    id: z.string(),
    level: z.enum(ACTIVITY_LEVELS),
    parentId: z.string().nullable(),
    reportingOrgId: z.string(),
    reportingOrgName: Bilingual,
    iatiIdentifier: z.string().nullable(),
    title: Bilingual,
    description: Bilingual,
    objectives: Bilingual,
    status: z.string(),
    plannedStart: z.string().nullable(),
    plannedEnd: z.string().nullable(),
    actualStart: z.string().nullable(),
    actualEnd: z.string().nullable(),
    defaultCurrency: z.string(),
    participants: z.array(z.object({ organisationId: z.string(), role: z.string(), name: Bilingual })),
    sectors: z.array(Share.extend({ vocabulary: z.string() })),
    recipientCountries: z.array(Share),
    recipientRegions: z.array(Share),
    locations: z.array(
      z.object({
        subdivisionCode: z.string(),
        name: z.string(),
        latitude: z.number().nullable(),
        longitude: z.number().nullable(),
        percentage: z.number(),
      }),
    ),
    attributions: z.array(z.object({ framework: z.string(), element: z.string(), percentage: z.number() })),
    documents: z.array(z.object({ url: z.string(), title: Bilingual, category: z.string().nullable() })),
    tags: z.array(z.string()),
    workflow: z.object({
      state: z.enum(WORKFLOW_STATES),
      submittedAt: z.string().nullable(),
      submittedBy: z.string().nullable(),
      approvedAt: z.string().nullable(),
      approvedBy: z.string().nullable(),
      publishedAt: z.string().nullable(),
      publishedBy: z.string().nullable(),
    }),
    isDemo: z.boolean().describe('part of the fictional demo portfolio'),
    source: z
      .object({
        fileId: z.string(),
        fileName: z.string(),
        publisher: z.string().nullable(),
        sourceUrl: z.string().nullable(),
        licence: z.string().nullable(),
        importedAt: z.string().describe('when this activity was last imported from the file'),
        sourceId: z.string().nullable(),
        sourceName: z.string().nullable(),
      })
      .nullable()
      .describe('the IATI file the activity was last imported from; null when entered in the platform'),
    extensions: PublishedExtensions.nullable().describe(
      'elements and attributes of other namespaces on the published activity',
    ),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'Activity' });
export type ActivityOutput = z.infer<typeof ActivityOutput>;

/** One row of the activity list (no long texts). */
export const ActivitySummaryOutput = z
  .object({
    id: z.string(),
    level: z.enum(ACTIVITY_LEVELS),
    parentId: z.string().nullable(),
    iatiIdentifier: z.string().nullable(),
    title: Bilingual,
    reportingOrgId: z.string(),
    reportingOrgName: Bilingual,
    status: z.string(),
    plannedStart: z.string().nullable(),
    plannedEnd: z.string().nullable(),
    primaryCountry: z.string().nullable(),
    workflowState: z.enum(WORKFLOW_STATES),
    isDemo: z.boolean(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'ActivitySummary' });
export type ActivitySummaryOutput = z.infer<typeof ActivitySummaryOutput>;
