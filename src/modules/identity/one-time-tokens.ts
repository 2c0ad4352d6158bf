import type { Kysely } from 'kysely';
import type { Database } from '@/platform/db/database';
import { randomToken, sha256Hex } from '@/platform/crypto/secrets';
import { AppError } from '@/platform/errors';
import type { OneTimeTokenTable } from './credential.table';

/** Issues a single-use token (256 bits) valid for `ttlMs`; only its hash is stored. */
export async function issueOneTimeToken(
  db: Kysely<Database>,
  input: { purpose: OneTimeTokenTable['purpose']; userId: string | null; ttlMs: number; now: Date },
): Promise<string> {
  const token = randomToken();
  await db
    .insertInto('one_time_token')
    .values({
      token_hash: sha256Hex(token),
      purpose: input.purpose,
      user_id: input.userId,
      created_at: input.now.toISOString(),
      expires_at: new Date(input.now.getTime() + input.ttlMs).toISOString(),
      used_at: null,
    })
    .execute();
  return token;
}

/**
 * Marks a token used and returns its user, if it is the right kind, unused and unexpired (SECURITY.md A7).
 * The update's condition makes a second, concurrent use fail too.
 * @throws AppError `invalid_token`
 */
export async function consumeOneTimeToken(
  db: Kysely<Database>,
  input: { purpose: OneTimeTokenTable['purpose']; token: string; now: Date },
): Promise<{ userId: string | null }> {
  const tokenHash = sha256Hex(input.token);
  const row = await db
    .selectFrom('one_time_token')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (
    row === undefined ||
    row.purpose !== input.purpose ||
    row.used_at !== null ||
    row.expires_at <= input.now.toISOString()
  ) {
    throw new AppError('invalid_token');
  }
  const result = await db
    .updateTable('one_time_token')
    .set({ used_at: input.now.toISOString() })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  if (result.numUpdatedRows !== 1n) {
    throw new AppError('invalid_token');
  }
  return { userId: row.user_id };
}
