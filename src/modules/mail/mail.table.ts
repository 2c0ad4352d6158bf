import type { Selectable } from 'kysely';

/** Mail the platform sends. Without SMTP configured it stays here, readable by administrators. */
export interface MailOutboxTable {
  id: string;
  recipient: string;
  subject: string;
  body: string;
  created_at: string;
  sent_at: string | null;
}

export type MailOutboxRow = Selectable<MailOutboxTable>;
