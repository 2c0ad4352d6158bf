import type { Generated, Selectable } from 'kysely';

/** Mail the platform sends. Without SMTP configured it stays here, readable by administrators. */
export interface MailOutboxTable {
  id: string;
  recipient: string;
  subject: string;
  body: string;
  created_at: string;
  sent_at: string | null;
  /** Delivery tries so far; the sender gives up after MAX_ATTEMPTS (the message stays readable here). */
  attempts: Generated<number>;
  /** The last SMTP error, as the server said it (never credentials). */
  last_error: string | null;
  next_attempt_at: string | null;
}

export type MailOutboxRow = Selectable<MailOutboxTable>;
