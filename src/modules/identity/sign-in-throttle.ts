import type { Kysely } from 'kysely';
import type { Database } from '@/platform/db/database';
import { AppError } from '@/platform/errors';

const WINDOW_MS = 15 * 60_000;
/** Failures allowed per window (SECURITY.md A4): 5 per account, 20 per client address. */
const LIMITS = { account: 5, ip: 20 } as const;

type ThrottleKey = { kind: keyof typeof LIMITS; value: string };

function key(entry: ThrottleKey): string {
  return `${entry.kind}:${entry.value.toLowerCase()}`;
}

/**
 * Refuses a sign-in attempt while the account or the address has used up its failures — even with the
 * right password, so guessing cannot continue.
 * @throws AppError `rate_limited` with `retryAfterSeconds`
 */
export async function assertNotThrottled(
  db: Kysely<Database>,
  keys: readonly ThrottleKey[],
  now: Date,
): Promise<void> {
  for (const entry of keys) {
    const row = await db
      .selectFrom('sign_in_throttle')
      .selectAll()
      .where('key', '=', key(entry))
      .executeTakeFirst();
    if (row === undefined) {
      continue;
    }
    const windowEnds = Date.parse(row.window_started_at) + WINDOW_MS;
    if (windowEnds > now.getTime() && row.failures >= LIMITS[entry.kind]) {
      throw new AppError('rate_limited', undefined, {
        retryAfterSeconds: Math.ceil((windowEnds - now.getTime()) / 1000),
      });
    }
  }
}

/** Counts a failed attempt against each key, starting a new window when the previous one ended. */
export async function recordFailure(
  db: Kysely<Database>,
  keys: readonly ThrottleKey[],
  now: Date,
): Promise<void> {
  for (const entry of keys) {
    const id = key(entry);
    const row = await db.selectFrom('sign_in_throttle').selectAll().where('key', '=', id).executeTakeFirst();
    if (row === undefined || Date.parse(row.window_started_at) + WINDOW_MS <= now.getTime()) {
      await db
        .insertInto('sign_in_throttle')
        .values({ key: id, failures: 1, window_started_at: now.toISOString() })
        .onConflict((conflict) =>
          conflict.column('key').doUpdateSet({ failures: 1, window_started_at: now.toISOString() }),
        )
        .execute();
    } else {
      await db
        .updateTable('sign_in_throttle')
        .set({ failures: row.failures + 1 })
        .where('key', '=', id)
        .execute();
    }
  }
}

/** Forgets an account's failures after it signed in successfully. */
export async function clearFailures(db: Kysely<Database>, entry: ThrottleKey): Promise<void> {
  await db.deleteFrom('sign_in_throttle').where('key', '=', key(entry)).execute();
}
