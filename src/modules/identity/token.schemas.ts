import { z } from 'zod';

export const CreateTokenInput = z.strictObject({
  name: z.string().trim().min(1).max(100).describe('what the token is for, e.g. "IATI sync"'),
  expiresInDays: z.number().int().min(1).max(366).nullable().default(90).describe('null: never expires'),
});
export type CreateTokenInput = z.input<typeof CreateTokenInput>;

export const TokenOutput = z
  .object({
    id: z.string(),
    name: z.string(),
    prefix: z.string().describe('the first characters, to recognise the token'),
    createdAt: z.string(),
    expiresAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
  })
  .meta({ id: 'ApiToken' });
export type TokenOutput = z.infer<typeof TokenOutput>;

export const CreatedTokenOutput = TokenOutput.extend({
  token: z.string().describe('shown once: send it as `Authorization: Bearer <token>`'),
}).meta({ id: 'CreatedApiToken' });
export type CreatedTokenOutput = z.infer<typeof CreatedTokenOutput>;
