import type { Kysely } from 'kysely';

// Frozen. Delivery bookkeeping for the outbox when an SMTP server is configured: tries, the last error,
// and when to try again (exponential back-off).

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('mail_outbox')
    .addColumn('attempts', 'integer', (col) => col.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('mail_outbox').addColumn('last_error', 'text').execute();
  await db.schema.alterTable('mail_outbox').addColumn('next_attempt_at', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const column of ['next_attempt_at', 'last_error', 'attempts']) {
    await db.schema.alterTable('mail_outbox').dropColumn(column).execute();
  }
}
