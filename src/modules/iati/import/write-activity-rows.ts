import type { Transaction } from 'kysely';
import { locationRowsOf, shareRowsOf, type ActivityFields, type ActivityTable } from '@/modules/activities';
import type { BudgetTable, FundingTransactionTable } from '@/modules/funding';
import type { Database } from '@/platform/db/database';
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

/** Rows per INSERT: under SQLite's 32,766 and PostgreSQL's 65,535 parameters whatever the table. */
const PARAMETERS_PER_INSERT = 16_000;

function* chunks<T extends object>(rows: readonly T[]): Generator<T[]> {
  const first = rows[0];
  if (first === undefined) {
    return;
  }
  const size = Math.max(1, Math.floor(PARAMETERS_PER_INSERT / Object.keys(first).length));
  for (let start = 0; start < rows.length; start += size) {
    yield rows.slice(start, start + size);
  }
}

/**
 * Writes a batch of imported activities in few statements: replaced activities lose their old parts and
 * money first, then every row is inserted in multi-row INSERTs.
 */
export async function writeActivityRows(
  trx: Transaction<Database>,
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
  for (const chunk of chunks(writes.filter((write) => !write.replaces).map((write) => write.row))) {
    await trx.insertInto('activity').values(chunk).execute();
  }
  const participants = writes.flatMap((write) =>
    write.fields.participants.map((participant) => ({
      activity_id: write.row.id,
      organisation_id: participant.organisationId,
      role: participant.role,
    })),
  );
  for (const chunk of chunks(participants)) {
    await trx.insertInto('activity_participant').values(chunk).execute();
  }
  for (const chunk of chunks(writes.flatMap((write) => shareRowsOf(write.row.id, write.fields)))) {
    await trx.insertInto('activity_share').values(chunk).execute();
  }
  for (const chunk of chunks(writes.flatMap((write) => locationRowsOf(write.row.id, write.fields)))) {
    await trx.insertInto('activity_location').values(chunk).execute();
  }
  await beforeMoney();
  for (const chunk of chunks(writes.flatMap((write) => write.transactions))) {
    await trx.insertInto('funding_transaction').values(chunk).execute();
  }
  for (const chunk of chunks(writes.flatMap((write) => write.budgets))) {
    await trx.insertInto('budget').values(chunk).execute();
  }
  const sources = writes.map((write) => ({
    activity_id: write.row.id,
    source_file_id: sourceFileId,
    content_hash: write.contentHash,
    imported_at: importedAt,
  }));
  for (const chunk of chunks(sources)) {
    await trx.insertInto('activity_source').values(chunk).execute();
  }
}
