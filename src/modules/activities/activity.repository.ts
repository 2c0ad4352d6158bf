import type { Kysely, Transaction } from 'kysely';
import type { Database } from '@/platform/db/database';
import { NotFoundError } from '@/platform/errors';
import { toActivityOutput } from './activity.mapper';
import type {
  ActivityLocationRow,
  ActivityParticipantRow,
  ActivityRow,
  ActivityShareRow,
  ActivityShareTable,
  ActivityLocationTable,
} from './activity.table';
import { toHundredths, type ActivityFields } from './activity.schemas';

/** An activity with its parts, as the mapper needs them. */
export interface ActivityRecord {
  readonly row: ActivityRow;
  readonly reportingOrg: { name_es: string; name_en: string };
  readonly participants: readonly (ActivityParticipantRow & { name_es: string; name_en: string })[];
  readonly shares: readonly ActivityShareRow[];
  readonly locations: readonly ActivityLocationRow[];
  readonly source: ActivitySourceRecord | undefined;
}

/** The IATI file an imported activity last came from, and the registered source it was fetched for. */
export interface ActivitySourceRecord {
  readonly file_id: string;
  readonly file_name: string;
  readonly publisher: string | null;
  readonly source_url: string | null;
  readonly licence: string | null;
  readonly imported_at: string;
  readonly source_id: string | null;
  readonly source_name: string | null;
}

export function findActivityRow(db: Kysely<Database>, id: string): Promise<ActivityRow | undefined> {
  return db.selectFrom('activity').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The activity with its participants, shares and locations; undefined when there is none. */
export async function findActivityRecord(
  db: Kysely<Database>,
  id: string,
): Promise<ActivityRecord | undefined> {
  const row = await findActivityRow(db, id);
  if (row === undefined) {
    return undefined;
  }
  const [reportingOrg, participants, shares, locations, source] = await Promise.all([
    db
      .selectFrom('organisation')
      .select(['name_es', 'name_en'])
      .where('id', '=', row.reporting_org_id)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('activity_participant')
      .innerJoin('organisation', 'organisation.id', 'activity_participant.organisation_id')
      .select([
        'activity_participant.activity_id',
        'activity_participant.organisation_id',
        'activity_participant.role',
        'organisation.name_es',
        'organisation.name_en',
      ])
      .where('activity_participant.activity_id', '=', id)
      .orderBy('activity_participant.role')
      .orderBy('organisation.name_en')
      .execute(),
    db
      .selectFrom('activity_share')
      .selectAll()
      .where('activity_id', '=', id)
      .orderBy('kind')
      .orderBy('vocabulary')
      .orderBy('percentage_e2', 'desc')
      .orderBy('code')
      .execute(),
    db
      .selectFrom('activity_location')
      .selectAll()
      .where('activity_id', '=', id)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('activity_source as s')
      .innerJoin('iati_source_file as f', 'f.id', 's.source_file_id')
      .leftJoin('iati_source as src', 'src.id', 'f.source_id')
      .select([
        'f.id as file_id',
        'f.file_name',
        'f.publisher',
        'f.source_url',
        'f.licence',
        's.imported_at',
        'f.source_id',
        'src.name as source_name',
      ])
      .where('s.activity_id', '=', id)
      .executeTakeFirst(),
  ]);
  return { row, reportingOrg, participants, shares, locations, source };
}

/** The share rows of an activity's fields (sectors, countries, regions, framework elements). */
export function shareRowsOf(activityId: string, fields: ActivityFields): ActivityShareTable[] {
  return [
    ...fields.sectors.map((sector) => ({
      activity_id: activityId,
      kind: 'sector' as const,
      vocabulary: sector.vocabulary,
      code: sector.code,
      percentage_e2: toHundredths(sector.percentage),
    })),
    ...fields.recipientCountries.map((country) => ({
      activity_id: activityId,
      kind: 'country' as const,
      vocabulary: 'iso3166-1',
      code: country.code,
      percentage_e2: toHundredths(country.percentage),
    })),
    ...fields.recipientRegions.map((region) => ({
      activity_id: activityId,
      kind: 'region' as const,
      vocabulary: '1',
      code: region.code,
      percentage_e2: toHundredths(region.percentage),
    })),
    ...fields.attributions.map((attribution) => ({
      activity_id: activityId,
      kind: 'framework' as const,
      vocabulary: attribution.framework,
      code: attribution.element,
      percentage_e2: toHundredths(attribution.percentage),
    })),
  ];
}

/** Replaces the participants, shares and locations of an activity with those of `fields`. */
export async function writeActivityParts(
  trx: Transaction<Database>,
  activityId: string,
  fields: ActivityFields,
): Promise<void> {
  await trx.deleteFrom('activity_participant').where('activity_id', '=', activityId).execute();
  await trx.deleteFrom('activity_share').where('activity_id', '=', activityId).execute();
  await trx.deleteFrom('activity_location').where('activity_id', '=', activityId).execute();
  if (fields.participants.length > 0) {
    await trx
      .insertInto('activity_participant')
      .values(
        fields.participants.map((participant) => ({
          activity_id: activityId,
          organisation_id: participant.organisationId,
          role: participant.role,
        })),
      )
      .execute();
  }
  const shares = shareRowsOf(activityId, fields);
  if (shares.length > 0) {
    await trx.insertInto('activity_share').values(shares).execute();
  }
  const locations = locationRowsOf(activityId, fields);
  if (locations.length > 0) {
    await trx.insertInto('activity_location').values(locations).execute();
  }
}

/** The location rows of an activity's fields, in their order. */
export function locationRowsOf(activityId: string, fields: ActivityFields): ActivityLocationTable[] {
  return fields.locations.map((location, position) => ({
    activity_id: activityId,
    position,
    subdivision_code: location.subdivisionCode,
    name: location.name,
    latitude: location.latitude === null ? null : String(location.latitude),
    longitude: location.longitude === null ? null : String(location.longitude),
    percentage_e2: toHundredths(location.percentage),
  }));
}

/**
 * The activity with its parts, mapped for the API.
 * @throws NotFoundError `activity_not_found`
 */
export async function loadActivityOutput(db: Kysely<Database>, id: string) {
  const record = await findActivityRecord(db, id);
  if (record === undefined) {
    throw new NotFoundError('activity_not_found', id);
  }
  return toActivityOutput(record);
}
