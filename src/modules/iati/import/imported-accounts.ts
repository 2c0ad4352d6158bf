import type { Transaction } from 'kysely';
import type { AuditEntry } from '@/modules/audit';
import type { FundingTransactionTable } from '@/modules/funding';
import type { ServiceContext } from '@/platform/context';
import type { Database } from '@/platform/db/database';
import type { Findings } from './finding';
import type { MappedTransaction } from './map-money';

/**
 * The US Treasury appropriation accounts an import charges money to. A code the platform does not know is
 * never dropped: it is added to the account list with the name the publisher gave it (an administrator
 * can give it an acronym and a Spanish name later) and reported once per file as a finding.
 */
export class ImportedAccounts {
  private known: Set<string> | undefined;
  /** Codes first seen in this file, with the published name, waiting to be added. */
  private readonly pending = new Map<string, string>();

  constructor(private readonly ctx: ServiceContext) {}

  async load(trx: Transaction<Database>): Promise<void> {
    if (this.known === undefined) {
      const rows = await trx.selectFrom('appropriation_account').select('code').execute();
      this.known = new Set(rows.map((row) => row.code));
    }
  }

  /** Notes the unknown accounts the rows use (a finding on the first transaction of each). */
  note(
    rows: readonly FundingTransactionTable[],
    transactions: readonly MappedTransaction[],
    findings: Findings,
  ): void {
    const known = this.known ?? new Set<string>();
    for (const row of rows) {
      const code = row.account_code;
      if (code === null || known.has(code) || this.pending.has(code)) {
        continue;
      }
      const published = transactions.find((transaction) => transaction.account?.code === code)?.account;
      const name = published?.name || code;
      this.pending.set(code, name);
      findings.add(
        'warning',
        'usg_account_unknown',
        published,
        `La cuenta del Tesoro ${code} ("${name}") no estaba en la lista de cuentas; se agregó con el nombre publicado para que su dinero no se pierda. Un administrador puede darle sigla y nombre en español.`,
        `Treasury account ${code} ("${name}") was not in the list of accounts; it was added with the published name so its money is not lost. An administrator can give it an acronym and a Spanish name.`,
      );
    }
  }

  /** Adds the accounts first seen since the last call; their audit entries go with the batch's. */
  async register(trx: Transaction<Database>): Promise<AuditEntry[]> {
    const now = this.ctx.now().toISOString();
    const entries: AuditEntry[] = [];
    for (const [code, name] of this.pending) {
      const row = {
        code,
        acronym: code,
        name_es: name.slice(0, 300),
        name_en: name.slice(0, 300),
        created_at: now,
        updated_at: now,
        version: 1,
      };
      // Another import may have added it meanwhile: then it is theirs to report.
      const inserted = await trx
        .insertInto('appropriation_account')
        .values(row)
        .onConflict((conflict) => conflict.column('code').doNothing())
        .executeTakeFirst();
      this.known?.add(code);
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) {
        continue;
      }
      entries.push({
        action: 'account.create',
        entity: 'appropriation_account',
        entityId: code,
        details: { after: row, reason: 'iati_import' },
      });
    }
    this.pending.clear();
    return entries;
  }
}
