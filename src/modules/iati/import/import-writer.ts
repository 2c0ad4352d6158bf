import type { Transaction } from 'kysely';
import { activityColumns } from '@/modules/activities';
import { actorId, recordAuditEntries, type AuditEntry } from '@/modules/audit';
import { addToFundingCube, maintainFundingCube } from '@/modules/funding-cube';
import type { ServiceContext } from '@/platform/context';
import { uuidv7 } from '@/platform/crypto/uuid';
import type { Database } from '@/platform/db/database';
import { Findings } from './finding';
import type { ImportTally } from './import-tally';
import type { ImportVocabulary } from './import-vocabulary';
import type { MappedActivity } from './map-activity';
import type { PreparedActivity } from './prepare-activity';
import type { OrganisationRef } from './organisation-ref';
import { budgetRowsOf, transactionRowsOf, type PendingLink, type RateFinder } from './price-money';
import { ImportedAccounts } from './imported-accounts';
import { OrganisationResolver } from './resolve-organisations';
import { fieldsOf, writeActivityRows, type ActivityWrite } from './write-activity-rows';

type Published = PreparedActivity['published'];

/** What is already stored under an identifier. */
interface StoredActivity {
  readonly id: string;
  readonly reportingOrgId: string;
  readonly contentHash: string | null;
  readonly sourceFileName: string | null;
  /** Its transactions and budgets now in the database. */
  readonly moneyRows: number;
  readonly row: { created_at: string; version: number; workflow_state: string };
}

/**
 * Writes the activities of one file, batch by batch, inside the caller's database transaction: matches
 * organisations, decides per activity whether it is new, changed, unchanged or refused, prices its money,
 * keeps the funding cube in step and records what replaced what in the audit trail.
 */
export class IatiImportWriter {
  private readonly organisations: OrganisationResolver;
  private readonly seen = new Map<string, { line: number; column: number }>();
  private readonly pendingLinks: PendingLink[] = [];
  /** Activities created by this file, to add to the funding cube at its end. */
  private readonly created: string[] = [];
  private readonly accounts: ImportedAccounts;

  constructor(
    private readonly trx: Transaction<Database>,
    private readonly ctx: ServiceContext,
    private readonly source: { id: string; fileName: string; sha256: string },
    private readonly vocabulary: ImportVocabulary,
    private readonly findRate: RateFinder,
    private readonly locks: ReadonlyMap<string, ReadonlySet<number>>,
    private readonly tally: ImportTally,
  ) {
    this.organisations = new OrganisationResolver(ctx, vocabulary);
    this.accounts = new ImportedAccounts(ctx);
  }

  get organisationsCreated(): number {
    return this.organisations.created;
  }

  async writeBatch(batch: readonly PreparedActivity[]): Promise<void> {
    await this.accounts.load(this.trx);
    const accepted: { mapped: MappedActivity; findings: Findings; published: Published }[] = [];
    for (const parsed of batch) {
      this.tally.countPublished(parsed);
      const { result } = parsed;
      const findings = new Findings(parsed.identifier === '' ? null : parsed.identifier);
      findings.list.push(...result.findings);
      const earlier = this.seen.get(parsed.identifier);
      if (result.ok && earlier !== undefined) {
        findings.add(
          'error',
          'activity_identifier_duplicate',
          parsed,
          `El identificador ya apareció en este archivo (línea ${earlier.line}); se guardó la primera actividad y esta no.`,
          `The identifier already appeared in this file (line ${earlier.line}); the first activity was stored, not this one.`,
        );
      }
      if (!result.ok || earlier !== undefined) {
        this.tally.reject(findings.list, parsed.published);
        continue;
      }
      this.seen.set(parsed.identifier, { line: parsed.line, column: parsed.column });
      accepted.push({ mapped: result.activity, findings, published: parsed.published });
    }
    if (accepted.length === 0) {
      return;
    }
    const audit: AuditEntry[] = await this.organisations.resolveAll(
      this.trx,
      accepted.flatMap(({ mapped }) => referencedOrganisations(mapped)),
    );
    const stored = await this.storedActivities(accepted.map(({ mapped }) => mapped.identifier));
    const firstLinkOfBatch = this.pendingLinks.length;
    const writes: ActivityWrite[] = [];
    for (const { mapped, findings, published } of accepted) {
      const write = this.planWrite(mapped, stored.get(mapped.identifier) ?? [], findings, published);
      if (write !== undefined && write !== 'unchanged') {
        writes.push(write);
        audit.push(this.auditEntry(write, mapped, stored.get(mapped.identifier) ?? []));
      }
    }
    // Replaced activities leave and re-enter the funding cube now; new ones enter it once, in finish().
    const replaced = writes.filter((write) => write.replaces).map((write) => write.row.id);
    this.created.push(...writes.filter((write) => !write.replaces).map((write) => write.row.id));
    audit.push(...(await this.accounts.register(this.trx)));
    await maintainFundingCube(this.trx, replaced, async () => {
      await writeActivityRows(
        this.trx,
        this.ctx.dialect,
        writes,
        this.source.id,
        this.ctx.now().toISOString(),
        () => this.linkActivities(writes, firstLinkOfBatch),
      );
    });
    await recordAuditEntries(this.trx, this.ctx, audit);
  }

  /**
   * Links transactions to activities named later in the file, now that the whole file is stored, and
   * puts the new activities in the funding cube.
   */
  async finish(): Promise<void> {
    const pending = this.pendingLinks.splice(0);
    const ids = await this.activityIdsByIdentifier(pending.map((link) => link.identifier));
    const resolvable = pending.filter((link) => ids.has(link.identifier));
    const created = new Set(this.created);
    await maintainFundingCube(
      this.trx,
      resolvable.map((link) => link.activityId).filter((id) => !created.has(id)),
      async () => {
        for (const link of resolvable) {
          await this.trx
            .updateTable('funding_transaction')
            .set({ [link.column]: ids.get(link.identifier) })
            .where('id', '=', link.transactionId)
            .execute();
        }
      },
    );
    await addToFundingCube(this.trx, this.created);
    const unresolved = new Set(
      pending.filter((link) => !ids.has(link.identifier)).map((link) => link.identifier),
    );
    if (unresolved.size > 0) {
      const file = new Findings(null);
      const sample = [...unresolved].slice(0, 3).join(', ');
      file.add(
        'info',
        'linked_activity_unknown',
        undefined,
        `${unresolved.size} actividad(es) nombradas como proveedora o receptora de transacciones no están en la plataforma (p. ej. ${sample}); esas transacciones se guardaron sin el vínculo.`,
        `${unresolved.size} activit(ies) named as provider or receiver of transactions are not in the platform (e.g. ${sample}); those transactions were stored without the link.`,
      );
      this.tally.note(file.list);
    }
  }

  private planWrite(
    mapped: MappedActivity,
    stored: readonly StoredActivity[],
    findings: Findings,
    published: Published,
  ): ActivityWrite | 'unchanged' | undefined {
    const reportingOrg = this.organisations.get(mapped.reportingOrg);
    const same = stored.find((activity) => activity.reportingOrgId === reportingOrg.id);
    if (same !== undefined && same.contentHash === null) {
      findings.add(
        'error',
        'activity_identifier_exists',
        mapped,
        'Ya hay una actividad con este identificador registrada a mano en la plataforma; la importación no la reemplaza. Cambie el identificador de una de las dos.',
        'An activity with this identifier was recorded by hand in the platform; the import does not replace it. Change the identifier of one of them.',
      );
      this.tally.reject(findings.list, published);
      return undefined;
    }
    if (stored.some((activity) => activity.reportingOrgId !== reportingOrg.id)) {
      findings.add(
        'warning',
        'activity_identifier_other_org',
        mapped,
        'Otra organización ya informa una actividad con este identificador; ambas se guardan por separado.',
        'Another organisation already reports an activity with this identifier; both are kept separately.',
      );
    }
    const id = same?.id ?? uuidv7(this.ctx.now());
    const money = {
      activityId: id,
      reportingOrg,
      findRate: this.findRate,
      resolve: (ref: OrganisationRef | undefined) =>
        ref === undefined ? null : this.organisations.get(ref).id,
      now: this.ctx.now(),
      findings,
    };
    const { rows: transactions, storedIndices, links } = transactionRowsOf(mapped.transactions, money);
    const budgets = budgetRowsOf(mapped.budgets, money);
    const kept = { published, transactions, storedIndices, budgets };
    // Unchanged only when the stored rows are those this file gives now: money refused before (a rate that
    // was missing, say) is stored as soon as it can be.
    if (
      same !== undefined &&
      same.contentHash === mapped.contentHash &&
      same.moneyRows === transactions.length + budgets.length
    ) {
      this.tally.keep(mapped, kept, findings.list, same.id, 'unchanged');
      return 'unchanged';
    }
    const locked = this.locks.get(reportingOrg.id);
    const lockedYear = [...transactions, ...budgets].find(
      (row) => locked?.has(row.fiscal_year) === true,
    )?.fiscal_year;
    if (lockedYear !== undefined) {
      findings.add(
        'error',
        'period_locked',
        mapped,
        `El año fiscal ${lockedYear} de la organización que informa está cerrado; la actividad no se guardó ni se cambió.`,
        `Fiscal year ${lockedYear} of the reporting organisation is locked; the activity was neither stored nor changed.`,
      );
      this.tally.reject(findings.list, published);
      return undefined;
    }
    if (same?.sourceFileName !== null && same !== undefined && same.sourceFileName !== this.source.fileName) {
      findings.add(
        'info',
        'activity_replaces_other_source',
        mapped,
        `Reemplaza la versión importada de "${same.sourceFileName}".`,
        `Replaces the version imported from "${same.sourceFileName}".`,
      );
    }
    this.pendingLinks.push(...links);
    const now = this.ctx.now().toISOString();
    const fields = fieldsOf(
      mapped,
      reportingOrg.id,
      mapped.participants.map((participant) => ({
        organisationId: this.organisations.get(participant.organisation).id,
        role: participant.role,
      })),
    );
    const isPublished = same?.row.workflow_state === 'published' || same === undefined;
    this.accounts.note(transactions, mapped.transactions, findings);
    this.tally.keep(mapped, kept, findings.list, id, same === undefined ? 'created' : 'updated');
    return {
      row: {
        id,
        ...activityColumns(fields),
        workflow_state: isPublished ? 'published' : (same.row.workflow_state as 'draft'),
        submitted_at: null,
        submitted_by: null,
        approved_at: null,
        approved_by: null,
        published_at: isPublished ? now : null,
        published_by: isPublished ? actorId(this.ctx.actor) : null,
        is_demo: 0,
        iati_extensions: mapped.extensions,
        created_at: same?.row.created_at ?? now,
        updated_at: now,
        version: (same?.row.version ?? 0) + 1,
      },
      fields,
      transactions,
      budgets,
      contentHash: mapped.contentHash,
      replaces: same !== undefined,
    };
  }

  private auditEntry(
    write: ActivityWrite,
    mapped: MappedActivity,
    stored: readonly StoredActivity[],
  ): AuditEntry {
    const before = stored.find((activity) => activity.id === write.row.id);
    return {
      action: 'activity.import',
      entity: 'activity',
      entityId: write.row.id,
      details: {
        iatiIdentifier: mapped.identifier,
        source: {
          fileName: this.source.fileName,
          sha256: this.source.sha256,
          contentHash: mapped.contentHash,
        },
        replaced:
          before === undefined
            ? null
            : {
                fileName: before.sourceFileName,
                contentHash: before.contentHash,
                version: before.row.version,
              },
        transactions: write.transactions.length,
        budgets: write.budgets.length,
      },
    };
  }

  private async storedActivities(identifiers: readonly string[]): Promise<Map<string, StoredActivity[]>> {
    const rows = await this.trx
      .selectFrom('activity')
      .leftJoin('activity_source', 'activity_source.activity_id', 'activity.id')
      .leftJoin('iati_source_file', 'iati_source_file.id', 'activity_source.source_file_id')
      .select([
        'activity.id',
        'activity.iati_identifier',
        'activity.reporting_org_id',
        'activity.created_at',
        'activity.version',
        'activity.workflow_state',
        'activity_source.content_hash',
        'iati_source_file.file_name',
      ])
      .where('activity.iati_identifier', 'in', identifiers)
      .execute();
    const moneyRows = await this.moneyRowCounts(rows.map((row) => row.id));
    const stored = new Map<string, StoredActivity[]>();
    for (const row of rows) {
      const identifier = row.iati_identifier ?? '';
      stored.set(identifier, [
        ...(stored.get(identifier) ?? []),
        {
          id: row.id,
          reportingOrgId: row.reporting_org_id,
          contentHash: row.content_hash,
          sourceFileName: row.file_name,
          moneyRows: moneyRows.get(row.id) ?? 0,
          row: { created_at: row.created_at, version: row.version, workflow_state: row.workflow_state },
        },
      ]);
    }
    return stored;
  }

  /** Transactions plus budgets stored per activity (asked only for activities already there). */
  private async moneyRowCounts(ids: readonly string[]): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    if (ids.length === 0) {
      return counts;
    }
    for (const table of ['funding_transaction', 'budget'] as const) {
      const rows = await this.trx
        .selectFrom(table)
        .select(['activity_id', (eb) => eb.fn.countAll<number>().as('n')])
        .where('activity_id', 'in', ids)
        .groupBy('activity_id')
        .execute();
      for (const row of rows) {
        counts.set(row.activity_id, (counts.get(row.activity_id) ?? 0) + Number(row.n));
      }
    }
    return counts;
  }

  /**
   * Sets the provider/receiver activity of this batch's transactions (its links are the pending ones from
   * `from` on) where that activity is stored (now); the others stay pending for finish(). Only this batch's
   * links are looked at: a file's pending links can number tens of thousands.
   */
  private async linkActivities(writes: readonly ActivityWrite[], from: number): Promise<void> {
    const rows = new Map(writes.flatMap((write) => write.transactions.map((row) => [row.id, row] as const)));
    const links = this.pendingLinks.slice(from).filter((link) => rows.has(link.transactionId));
    if (links.length === 0) {
      return;
    }
    const ids = await this.activityIdsByIdentifier(links.map((link) => link.identifier));
    const linked = new Set<PendingLink>();
    for (const link of links) {
      const target = ids.get(link.identifier);
      const row = rows.get(link.transactionId);
      if (target !== undefined && row !== undefined) {
        row[link.column] = target; // not yet inserted: the link is written with the row
        linked.add(link);
      }
    }
    let kept = from;
    for (let index = from; index < this.pendingLinks.length; index += 1) {
      const link = this.pendingLinks[index] as PendingLink;
      if (!linked.has(link)) {
        this.pendingLinks[kept] = link;
        kept += 1;
      }
    }
    this.pendingLinks.length = kept;
  }

  /** Activity ids by IATI identifier, for identifiers that name exactly one stored activity. */
  private async activityIdsByIdentifier(identifiers: readonly string[]): Promise<Map<string, string>> {
    const unique = [...new Set(identifiers)];
    const found = new Map<string, string[]>();
    for (let start = 0; start < unique.length; start += 500) {
      const rows = await this.trx
        .selectFrom('activity')
        .select(['id', 'iati_identifier'])
        .where('iati_identifier', 'in', unique.slice(start, start + 500))
        .execute();
      for (const row of rows) {
        found.set(row.iati_identifier ?? '', [...(found.get(row.iati_identifier ?? '') ?? []), row.id]);
      }
    }
    return new Map(
      [...found].flatMap(([identifier, ids]) =>
        ids.length === 1 && ids[0] !== undefined ? [[identifier, ids[0]]] : [],
      ),
    );
  }
}

function referencedOrganisations(mapped: MappedActivity): OrganisationRef[] {
  return [
    mapped.reportingOrg,
    ...mapped.participants.map((participant) => participant.organisation),
    ...mapped.transactions.flatMap((transaction) =>
      [transaction.provider ?? [], transaction.receiver ?? []].flat(),
    ),
  ];
}
