import { z } from 'zod';
import { ACCOUNT_CODE_PATTERN } from '@/shared/account-code';

const Name = z.string().trim().min(1).max(300);

export const AccountInput = z.strictObject({
  code: z.string().trim().regex(ACCOUNT_CODE_PATTERN, 'must be a Treasury account code such as "11x1022"'),
  acronym: z.string().trim().min(1).max(20),
  name: z.strictObject({ es: Name, en: Name }),
});
export type AccountInput = z.input<typeof AccountInput>;

export const AccountPatch = z.strictObject({
  acronym: AccountInput.shape.acronym.optional(),
  name: AccountInput.shape.name.optional(),
});
export type AccountPatch = z.input<typeof AccountPatch>;

export const AccountOutput = z
  .object({
    code: z.string(),
    acronym: z.string(),
    name: z.object({ es: z.string(), en: z.string() }),
    version: z.number().int(),
  })
  .meta({ id: 'AppropriationAccount' });
export type AccountOutput = z.infer<typeof AccountOutput>;

export const toAccountOutput = (row: {
  code: string;
  acronym: string;
  name_es: string;
  name_en: string;
  version: number;
}): AccountOutput => ({
  code: row.code,
  acronym: row.acronym,
  name: { es: row.name_es, en: row.name_en },
  version: row.version,
});
