import type { Insertable, Transaction } from 'kysely';
import { locationRowsOf, shareRowsOf, type ActivityFields, type ActivityTable } from '@/modules/activities';
import type { BudgetTable, FundingTransactionTable } from '@/modules/funding';
import type { Dialect } from '@/platform/db/connect';
import type { Database } from '@/platform/db/database';
import { insertRows } from '@/platform/db/dialect';
import type { MappedActivity } from './map-activity';

/** Everything stored for one imported activity. */
export interface ActivityWrite {
  readonly row: ActivityTable;
  readonly fields: ActivityFields;
  readonly transactions: readonly FundingTransactionTable[];
  readonly budgets: readonly BudgetTable[];
  readonly contentHash: string;
  /** Replaces an activity already stored (its parts and money are replaced whole). */
  readonly replaces: boolean;
}

/** The activity fields of a mapped activity, with its organisations matched. */
export function fieldsOf(
  mapped: MappedActivity,
  reportingOrgId: string,
  participants: readonly { organisationId: string; role: string }[],
): ActivityFields {
  return {
    level: 'activity',
    parentId: null,
    reportingOrgId,
    iatiIdentifier: mapped.identifier,
    title: mapped.title,
    description: mapped.description,
    objectives: mapped.objectives,
    status: mapped.status,
    ...mapped.dates,
    defaultCurrency: mapped.defaultCurrency,
    participants: [...participants],
    sectors: mapped.sectors.map(({ vocabulary, code, percentage }) => ({ vocabulary, code, percentage })),
    recipientCountries: mapped.countries.map(({ code, percentage }) => ({ code, percentage })),
    recipientRegions: mapped.regions.map(({ code, percentage }) => ({ code, percentage })),
    locations: [...mapped.locations],
    attributions: [],
    documents: mapped.documents.map((document) => ({ ...document })),
    tags: [],
  };
}

/**
 * Writes a batch of imported activities in few statements: replaced activities lose their old parts and
 * money first, then every table's rows are inserted at once (insertRows).
 */
export async function writeActivityRows(
  trx: Transaction<Database>,
  dialect: Dialect,
  writes: readonly ActivityWrite[],
  sourceFileId: string,
  importedAt: string,
  /** Runs once the activities are stored and before their money is: links may now point at them. */
  beforeMoney: () => Promise<void>,
): Promise<void> {
  const replaced = writes.filter((write) => write.replaces).map((write) => write.row.id);
  if (replaced.length > 0) {
    for (const table of [
      'activity_participant',
      'activity_share',
      'activity_location',
      'funding_transaction',
      'budget',
      'activity_source',
    ] as const) {
      await trx.deleteFrom(table).where('activity_id', 'in', replaced).execute();
    }
    for (const write of writes.filter((candidate) => candidate.replaces)) {
      const { id, ...columns } = write.row; // created_at is the stored one (planWrite keeps it)
      await trx.updateTable('activity').set(columns).where('id', '=', id).execute();
    }
  }
  const insert = <T extends keyof Database>(table: T, rows: readonly Insertable<Database[T]>[]) =>
    insertRows(trx, dialect, table, rows);
  await insert(
    'activity',
    writes.filter((write) => !write.replaces).map((write) => write.row),
  );
  const participants = writes.flatMap((write) =>
    write.fields.participants.map((participant) => ({
      activity_id: write.row.id,
      organisation_id: participant.organisationId,
      role: participant.role,
    })),
  );
  await insert('activity_participant', participants);
  await insert(
    'activity_share',
    writes.flatMap((write) => shareRowsOf(write.row.id, write.fields)),
  );
  await insert(
    'activity_location',
    writes.flatMap((write) => locationRowsOf(write.row.id, write.fields)),
  );
  await beforeMoney();
  await insert(
    'funding_transaction',
    writes.flatMap((write) => write.transactions),
  );
  await insert(
    'budget',
    writes.flatMap((write) => write.budgets),
  );
  const sources = writes.map((write) => ({
    activity_id: write.row.id,
    source_file_id: sourceFileId,
    content_hash: write.contentHash,
    imported_at: importedAt,
  }));
  await insert('activity_source', sources);
}
