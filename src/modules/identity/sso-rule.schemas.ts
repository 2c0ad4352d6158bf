import { z } from 'zod';
import { ROLES } from '@/modules/access';

/** A DNS name such as `mingob.gob.hn`, compared lower-case; the part of an e-mail address after `@`. */
const EmailDomain = z
  .string()
  .trim()
  .toLowerCase()
  .max(253)
  .regex(
    /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/,
    'must be an e-mail domain such as "example.org" (without "@")',
  );

export const CreateSsoRuleInput = z.strictObject({
  emailDomain: EmailDomain.describe(
    'people whose verified e-mail ends in @<emailDomain> exactly (not subdomains) get an account',
  ),
  organisationId: z
    .string()
    .max(40)
    .describe('the organisation they belong to; their grant is limited to it'),
  role: z.enum(ROLES).describe('the role of their grant'),
  countryCode: z
    .string()
    .regex(/^[A-Za-z]{2}$/, 'must be an ISO 3166-1 alpha-2 code')
    .transform((code) => code.toUpperCase())
    .nullable()
    .default(null)
    .describe('also limit the grant to one partner country; null: no country limit'),
});
export type CreateSsoRuleInput = z.input<typeof CreateSsoRuleInput>;

export const SsoRuleOutput = z
  .object({
    id: z.string(),
    emailDomain: z.string(),
    organisationId: z.string(),
    role: z.enum(ROLES),
    countryCode: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'SsoRule' });
export type SsoRuleOutput = z.infer<typeof SsoRuleOutput>;
