import { z } from 'zod';
import { ROLES } from '@/modules/access';

export const Email = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email('must be an e-mail address'))
  .transform((email) => email.toLowerCase());

export const GrantInput = z.strictObject({
  role: z.enum(ROLES),
  organisationId: z
    .string()
    .max(40)
    .nullable()
    .default(null)
    .describe('limit to one organisation; null: any'),
  countryCode: z
    .string()
    .regex(/^[A-Za-z]{2}$/, 'must be an ISO 3166-1 alpha-2 code')
    .transform((code) => code.toUpperCase())
    .nullable()
    .default(null)
    .describe('limit to one partner country; null: any'),
});
export type GrantInput = z.input<typeof GrantInput>;

export const CreateUserInput = z.strictObject({
  email: Email,
  name: z.string().trim().min(1).max(200),
  organisationId: z.string().max(40),
  language: z.enum(['es', 'en']).default('es'),
  password: z
    .string()
    .max(1024)
    .optional()
    .describe('omit to let the user set it through a reset link or SSO'),
  grants: z.array(GrantInput).max(20).default([]),
});
export type CreateUserInput = z.input<typeof CreateUserInput>;

export const UpdateUserInput = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  language: z.enum(['es', 'en']).optional(),
  disabled: z.boolean().optional().describe('true ends every session and token use of the user'),
});
export type UpdateUserInput = z.input<typeof UpdateUserInput>;

export const SetGrantsInput = z.strictObject({ grants: z.array(GrantInput).max(20) });
export type SetGrantsInput = z.input<typeof SetGrantsInput>;

export const GrantOutput = z
  .object({
    id: z.string(),
    role: z.enum(ROLES),
    organisationId: z.string().nullable(),
    countryCode: z.string().nullable(),
  })
  .meta({ id: 'Grant' });

/** Fields every reader of a user sees. */
export const UserOutput = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    organisationId: z.string(),
    language: z.enum(['es', 'en']),
    disabled: z.boolean(),
    version: z.number().int(),
    // Administrative fields: only for readers with user.update over the user (field-level filtering).
    grants: z.array(GrantOutput).optional(),
    mfaEnabled: z.boolean().optional(),
    hasPassword: z.boolean().optional(),
    lastSignInAt: z.string().nullable().optional(),
    createdAt: z.string().optional(),
    updatedAt: z.string().optional(),
  })
  .meta({ id: 'User' });
export type UserOutput = z.infer<typeof UserOutput>;
