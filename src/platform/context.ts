import type { Kysely, Transaction } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from './db/database';
import type { Dialect } from './db/connect';

/** Who is acting. Identity (issue 3) adds `user` and `token` actors. */
export type Actor =
  | { readonly type: 'anonymous' }
  | { readonly type: 'system'; readonly name: string }
  | { readonly type: 'cli'; readonly command: string };

/** Everything a verb needs, passed explicitly: no globals, no container. */
export interface ServiceContext {
  readonly actor: Actor;
  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
  readonly now: () => Date;
  readonly log: Logger;
  readonly requestId: string;
}

/**
 * Runs `work` in one transaction, or inside the caller's transaction when `ctx.db` already is one,
 * so a verb calling another verb stays atomic.
 */
export async function withTransaction<T>(
  ctx: ServiceContext,
  work: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  if (ctx.db.isTransaction) {
    return work(ctx.db as Transaction<Database>);
  }
  return ctx.db.transaction().execute(work);
}
