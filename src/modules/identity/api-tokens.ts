import type { Kysely } from 'kysely';
import { recordAudit } from '@/modules/audit';
import { can, requireRecentAuthentication, requireUser } from '@/modules/access';
import { withTransaction, type ServiceContext } from '@/platform/context';
import { randomToken, sha256Hex } from '@/platform/crypto/secrets';
import { uuidv7 } from '@/platform/crypto/uuid';
import type { Database } from '@/platform/db/database';
import { NotFoundError } from '@/platform/errors';
import { parseInput } from '@/platform/validation';
import type { ApiTokenRow } from './credential.table';
import { CreateTokenInput, type CreatedTokenOutput, type TokenOutput } from './token.schemas';
import { findUserById, organisationCountry } from './user.repository';

/** Tokens look like `carsi_<43 base64url chars>`: recognisable by secret scanners, 256 bits of entropy. */
const TOKEN_PREFIX = 'carsi_';

function toTokenOutput(row: ApiTokenRow): TokenOutput {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    lastUsedAt: row.last_used_at,
  };
}

/**
 * The user whose tokens the actor manages: the signed-in user themself, or — for operators and
 * administrators — the user named by `userId`.
 * @throws AppError `unauthenticated`; NotFoundError `not_found`
 */
async function tokenOwner(db: Kysely<Database>, ctx: ServiceContext, userId?: string): Promise<string> {
  if (userId === undefined) {
    return requireUser(ctx.actor).userId;
  }
  const user = await findUserById(db, userId);
  const target = user && {
    organisationId: user.organisation_id,
    countryCode: (await organisationCountry(db, user.organisation_id)) ?? null,
  };
  const own = ctx.actor.type === 'user' && ctx.actor.userId === userId;
  if (user === undefined || target === undefined || (!own && !can(ctx.actor, 'user.update', target))) {
    throw new NotFoundError('not_found', userId);
  }
  return user.id;
}

/** Creates an API token; the secret is returned once and only its SHA-256 is kept. */
export async function createApiToken({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { userId?: string; body: CreateTokenInput };
}): Promise<CreatedTokenOutput> {
  const body = parseInput(CreateTokenInput, input.body, 'body');
  requireRecentAuthentication(ctx.actor, ctx.now());
  return withTransaction(ctx, async (trx) => {
    const userId = await tokenOwner(trx, ctx, input.userId);
    const now = ctx.now();
    const token = `${TOKEN_PREFIX}${randomToken()}`;
    const row: ApiTokenRow = {
      id: uuidv7(now),
      user_id: userId,
      name: body.name,
      token_hash: sha256Hex(token),
      prefix: token.slice(0, TOKEN_PREFIX.length + 6),
      created_at: now.toISOString(),
      expires_at:
        body.expiresInDays === null
          ? null
          : new Date(now.getTime() + body.expiresInDays * 86_400_000).toISOString(),
      revoked_at: null,
      last_used_at: null,
    };
    await trx.insertInto('api_token').values(row).execute();
    await recordAudit(trx, ctx, {
      action: 'token.create',
      entity: 'api_token',
      entityId: row.id,
      details: { userId, name: row.name, prefix: row.prefix, expiresAt: row.expires_at },
    });
    return { ...toTokenOutput(row), token };
  });
}

/** Lists a user's tokens (never their secrets). */
export async function listApiTokens({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { userId?: string };
}): Promise<TokenOutput[]> {
  const userId = await tokenOwner(ctx.db, ctx, input.userId);
  const rows = await ctx.db
    .selectFrom('api_token')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .execute();
  return rows.map(toTokenOutput);
}

/** Revokes a token at once. @throws NotFoundError `not_found` */
export async function revokeApiToken({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { userId?: string; tokenId: string };
}): Promise<TokenOutput> {
  return withTransaction(ctx, async (trx) => {
    const userId = await tokenOwner(trx, ctx, input.userId);
    const row = await trx
      .selectFrom('api_token')
      .selectAll()
      .where('id', '=', input.tokenId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    if (row === undefined) {
      throw new NotFoundError('not_found', input.tokenId);
    }
    const revoked = { ...row, revoked_at: row.revoked_at ?? ctx.now().toISOString() };
    await trx
      .updateTable('api_token')
      .set({ revoked_at: revoked.revoked_at })
      .where('id', '=', row.id)
      .execute();
    await recordAudit(trx, ctx, {
      action: 'token.revoke',
      entity: 'api_token',
      entityId: row.id,
      details: { userId, prefix: row.prefix },
    });
    return toTokenOutput(revoked);
  });
}
