import { z } from 'zod';
import { Bilingual } from '@/platform/api-schemas';

export const CodelistName = z
  .string()
  .regex(/^[A-Za-z0-9-]{1,60}$/, 'must be an IATI codelist name such as "ActivityStatus"')
  .describe('IATI codelist name, e.g. `ActivityStatus`, `Sector`, `TransactionType`');

export const CodelistQuery = z.strictObject({
  status: z.enum(['active', 'withdrawn', 'all']).default('active').describe('which codes to return'),
  prefix: z
    .string()
    .regex(/^[A-Za-z0-9]{1,10}$/, 'must be letters or digits')
    .optional()
    .describe('only codes that start with this, e.g. `151` for government and civil society sectors'),
});
export type CodelistQuery = z.input<typeof CodelistQuery>;

export const CodelistItemOutput = z
  .object({
    code: z.string(),
    name: Bilingual.describe('`es` falls back to the English name where no Spanish label is shipped'),
    translated: z.boolean().describe('true when the Spanish label was written for the product'),
    description: z.string().nullable().describe('English description from IATI'),
    category: z.string().nullable(),
    status: z.string(),
    withdrawalDate: z.string().nullable(),
  })
  .meta({ id: 'CodelistItem' });

export const CodelistSummaryOutput = z
  .object({ name: z.string(), embedded: z.boolean(), complete: z.boolean(), itemCount: z.number().int() })
  .meta({ id: 'CodelistSummary' });
export type CodelistSummaryOutput = z.infer<typeof CodelistSummaryOutput>;

export const CodelistOutput = z
  .object({
    name: z.string(),
    embedded: z.boolean(),
    complete: z.boolean(),
    source: z.string(),
    items: z.array(CodelistItemOutput),
  })
  .meta({ id: 'Codelist' });
export type CodelistOutput = z.infer<typeof CodelistOutput>;
