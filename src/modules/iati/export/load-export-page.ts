import type { Kysely, Selectable } from 'kysely';
import type { Database } from '@/platform/db/database';
import type { IatiExportFilter } from './export-iati-activities';
import { activityIdentifier } from './iati-identifiers';

export type ExportOrganisation = Pick<
  Selectable<Database['organisation']>,
  'id' | 'name_es' | 'name_en' | 'iati_identifier' | 'type'
>;

export interface ExportTransaction extends Selectable<Database['funding_transaction']> {
  readonly provider: ExportOrganisation | null;
  readonly receiver: ExportOrganisation | null;
  /** The IATI identifier of `provider_activity_id` / `receiver_activity_id`, when set. */
  readonly providerActivityRef: string | null;
  readonly receiverActivityRef: string | null;
}

/** One activity with everything its `<iati-activity>` needs. */
export interface ExportActivity {
  readonly row: Selectable<Database['activity']>;
  readonly identifier: string;
  readonly reportingOrg: ExportOrganisation;
  readonly parentRef: string | null;
  readonly participants: readonly { readonly role: string; readonly organisation: ExportOrganisation }[];
  readonly shares: readonly Selectable<Database['activity_share']>[];
  readonly locations: readonly Selectable<Database['activity_location']>[];
  readonly budgets: readonly Selectable<Database['budget']>[];
  readonly transactions: readonly ExportTransaction[];
}

const ORGANISATION_COLUMNS = ['id', 'name_es', 'name_en', 'iati_identifier', 'type'] as const;
// Bound parameters per `IN (…)` list, well under SQLite's and PostgreSQL's limits.
const IN_LIST_SIZE = 500;

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group === undefined) {
      groups.set(key(row), [row]);
    } else {
      group.push(row);
    }
  }
  return groups;
}

async function inChunks<T>(ids: readonly string[], load: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const rows: T[] = [];
  for (let start = 0; start < ids.length; start += IN_LIST_SIZE) {
    rows.push(...(await load(ids.slice(start, start + IN_LIST_SIZE))));
  }
  return rows;
}

/** The activities of the selection after `afterId`, in id order (keyset paging), at most `size`. */
function selectPage(
  db: Kysely<Database>,
  filter: Required<IatiExportFilter>,
  afterId: string | null,
  size: number,
) {
  let query = db.selectFrom('activity').selectAll().orderBy('id').limit(size);
  if (afterId !== null) {
    query = query.where('id', '>', afterId);
  }
  query = query.where('workflow_state', 'in', filter.workflowStates);
  if (filter.countries.length > 0) {
    const countries = filter.countries;
    query = query.where((eb) =>
      eb(
        'activity.id',
        'in',
        eb
          .selectFrom('activity_share')
          .select('activity_share.activity_id')
          .where('activity_share.kind', '=', 'country')
          .where('activity_share.code', 'in', countries),
      ),
    );
  }
  if (filter.reportingOrgIds.length > 0) {
    query = query.where('reporting_org_id', 'in', filter.reportingOrgIds);
  }
  if (!filter.includeDemo) {
    query = query.where('is_demo', '=', 0);
  }
  return query.execute();
}

function loadOrganisations(db: Kysely<Database>, ids: readonly string[]) {
  return inChunks(ids, (chunk) =>
    db.selectFrom('organisation').select(ORGANISATION_COLUMNS).where('id', 'in', chunk).execute(),
  );
}

/** IATI identifiers of activities the page points at (parents, pass-through links), by id. */
async function loadActivityRefs(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await inChunks(ids, (chunk) =>
    db
      .selectFrom('activity')
      .innerJoin('organisation', 'organisation.id', 'activity.reporting_org_id')
      .select([
        'activity.id',
        'activity.iati_identifier',
        'organisation.id as org_id',
        'organisation.iati_identifier as org_iati_identifier',
      ])
      .where('activity.id', 'in', chunk)
      .execute(),
  );
  return new Map(
    rows.map((row) => [
      row.id,
      activityIdentifier(row, { id: row.org_id, iati_identifier: row.org_iati_identifier }),
    ]),
  );
}

/**
 * One page of the export: the activities and their participants, shares, locations, budgets and
 * transactions, in a fixed number of queries whatever the page holds. US allocations (`AL`) are left out:
 * IATI has no transaction type for them.
 */
export async function loadExportPage(
  db: Kysely<Database>,
  filter: Required<IatiExportFilter>,
  afterId: string | null,
  size: number,
): Promise<ExportActivity[]> {
  const rows = await selectPage(db, filter, afterId, size);
  if (rows.length === 0) {
    return [];
  }
  const ids = rows.map((row) => row.id);
  const [participants, shares, locations, budgets, transactions] = await Promise.all([
    db
      .selectFrom('activity_participant')
      .innerJoin('organisation', 'organisation.id', 'activity_participant.organisation_id')
      .select(['activity_participant.activity_id', 'activity_participant.role'])
      .select(ORGANISATION_COLUMNS.map((column) => `organisation.${column}` as const))
      .where('activity_participant.activity_id', 'in', ids)
      .orderBy('activity_participant.role')
      .orderBy('organisation.name_en')
      .orderBy('organisation.id')
      .execute(),
    db
      .selectFrom('activity_share')
      .selectAll()
      .where('activity_id', 'in', ids)
      .orderBy('kind')
      .orderBy('vocabulary')
      .orderBy('percentage_e2', 'desc')
      .orderBy('code')
      .execute(),
    db
      .selectFrom('activity_location')
      .selectAll()
      .where('activity_id', 'in', ids)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('budget')
      .selectAll()
      .where('activity_id', 'in', ids)
      .orderBy('period_start')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('funding_transaction')
      .selectAll()
      .where('activity_id', 'in', ids)
      .where('type', '!=', 'AL')
      .orderBy('transaction_date')
      .orderBy('id')
      .execute(),
  ]);
  const organisationIds = new Set(rows.map((row) => row.reporting_org_id));
  const linkedIds = new Set<string>();
  for (const row of rows) {
    if (row.parent_id !== null) {
      linkedIds.add(row.parent_id);
    }
  }
  for (const transaction of transactions) {
    for (const id of [transaction.provider_org_id, transaction.receiver_org_id]) {
      if (id !== null) {
        organisationIds.add(id);
      }
    }
    for (const id of [transaction.provider_activity_id, transaction.receiver_activity_id]) {
      if (id !== null) {
        linkedIds.add(id);
      }
    }
  }
  const [organisations, activityRefs] = await Promise.all([
    loadOrganisations(db, [...organisationIds]),
    loadActivityRefs(db, [...linkedIds]),
  ]);
  const organisationById = new Map(organisations.map((organisation) => [organisation.id, organisation]));
  const organisationOf = (id: string | null) => (id === null ? null : (organisationById.get(id) ?? null));
  const refOf = (id: string | null) => (id === null ? null : (activityRefs.get(id) ?? null));
  const participantsOf = groupBy(participants, (row) => row.activity_id);
  const sharesOf = groupBy(shares, (row) => row.activity_id);
  const locationsOf = groupBy(locations, (row) => row.activity_id);
  const budgetsOf = groupBy(budgets, (row) => row.activity_id);
  const transactionsOf = groupBy(transactions, (row) => row.activity_id);
  return rows.map((row) => {
    const reportingOrg = organisationById.get(row.reporting_org_id);
    if (reportingOrg === undefined) {
      throw new Error(`activity ${row.id}: its reporting organisation ${row.reporting_org_id} is missing`);
    }
    return {
      row,
      identifier: activityIdentifier(row, reportingOrg),
      reportingOrg,
      parentRef: refOf(row.parent_id),
      participants: (participantsOf.get(row.id) ?? []).map(({ activity_id: _, role, ...organisation }) => ({
        role,
        organisation,
      })),
      shares: sharesOf.get(row.id) ?? [],
      locations: locationsOf.get(row.id) ?? [],
      budgets: budgetsOf.get(row.id) ?? [],
      transactions: (transactionsOf.get(row.id) ?? []).map((transaction) => ({
        ...transaction,
        provider: organisationOf(transaction.provider_org_id),
        receiver: organisationOf(transaction.receiver_org_id),
        providerActivityRef: refOf(transaction.provider_activity_id),
        receiverActivityRef: refOf(transaction.receiver_activity_id),
      })),
    };
  });
}
