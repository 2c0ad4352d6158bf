import type { Transaction } from 'kysely';
import type { Database } from '@/platform/db/database';
import { readReferenceFile, type ReferenceFile } from '@/platform/reference-files';

const ACCOUNTS_FILE = 'funding/appropriation_accounts.json';

export function accountReferenceFiles(referenceDir: string): ReferenceFile[] {
  return [readReferenceFile(referenceDir, ACCOUNTS_FILE)];
}

/**
 * Adds the shipped appropriation accounts that are missing. Accounts already there are left as they are:
 * administrators may have renamed them.
 */
export async function loadAccounts(
  trx: Transaction<Database>,
  files: readonly ReferenceFile[],
): Promise<number> {
  const file = JSON.parse(files[0]?.text ?? '{"accounts":[]}') as {
    accounts: { code: string; acronym: string; name_es: string; name_en: string }[];
  };
  const now = new Date().toISOString();
  for (const account of file.accounts) {
    await trx
      .insertInto('appropriation_account')
      .values({ ...account, created_at: now, updated_at: now, version: 1 })
      .onConflict((conflict) => conflict.column('code').doNothing())
      .execute();
  }
  return file.accounts.length;
}
