import type { ServiceContext, UserActor } from '@/platform/context';
import { sha256Hex } from '@/platform/crypto/secrets';
import { AppError } from '@/platform/errors';
import { buildUserActor } from './build-actor';

/**
 * Resolves `Authorization: Bearer <token>` to its user. Unknown, altered, expired or revoked tokens and
 * disabled users all get the same answer.
 * @throws AppError `unauthenticated`
 */
export async function authenticateToken({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { token: string };
}): Promise<UserActor> {
  const row = await ctx.db
    .selectFrom('api_token')
    .innerJoin('app_user', 'app_user.id', 'api_token.user_id')
    .selectAll('app_user')
    .select([
      'api_token.id as token_id',
      'api_token.expires_at',
      'api_token.revoked_at',
      'api_token.created_at as token_created_at',
    ])
    .where('api_token.token_hash', '=', sha256Hex(input.token))
    .executeTakeFirst();
  const now = ctx.now().toISOString();
  if (
    row === undefined ||
    row.revoked_at !== null ||
    (row.expires_at !== null && row.expires_at <= now) ||
    row.disabled_at !== null
  ) {
    throw new AppError('unauthenticated');
  }
  await ctx.db.updateTable('api_token').set({ last_used_at: now }).where('id', '=', row.token_id).execute();
  return buildUserActor(ctx.db, row, {
    via: 'token',
    credentialId: row.token_id,
    authenticatedAt: row.token_created_at,
  });
}
