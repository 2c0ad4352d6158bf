import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { Database } from '@/platform/db/database';
/** Dimensions that come from the activity and are split by its percentages. */
export const SHARE_DIMENSIONS = ['country', 'goal', 'subdivision', 'escaComponent', 'sector'] as const;
export type ShareDimension = (typeof SHARE_DIMENSIONS)[number];

/** One value of a dimension for an activity and its weight (hundredths of a percent). */
export interface Share {
  readonly value: string | null;
  readonly weight: bigint;
}

/** Activities without any share in a dimension count whole under `null` ("unspecified"). */
export const UNSPECIFIED: readonly Share[] = [{ value: null, weight: 1n }];

/** Which activities: a list of ids, a query selecting their ids, or all (undefined). */
export type ActivityIds =
  readonly string[] | SelectQueryBuilder<Database, 'activity', { id: string }> | undefined;

/** Whether `activityIds` is a list of ids (rather than a query or everything). */
export function isIdList(activityIds: ActivityIds): activityIds is readonly string[] {
  return Array.isArray(activityIds);
}

/** `IN ()` is not valid SQL: an empty list becomes one id that matches nothing. */
const orEmpty = (ids: readonly string[]): string[] => (ids.length === 0 ? [''] : [...ids]);

function group(rows: readonly { activity_id: string; value: string | null; weight: number }[]) {
  const byActivity = new Map<string, Share[]>();
  for (const row of rows) {
    const shares = byActivity.get(row.activity_id) ?? [];
    const same = shares.find((share) => share.value === row.value);
    if (same === undefined) {
      shares.push({ value: row.value, weight: BigInt(row.weight) });
    } else {
      shares[shares.indexOf(same)] = { value: same.value, weight: same.weight + BigInt(row.weight) };
    }
    byActivity.set(row.activity_id, shares);
  }
  // A fixed order (by value, unspecified last) makes every split of the same money come out the same.
  for (const shares of byActivity.values()) {
    shares.sort((a, b) =>
      a.value === b.value ? 0 : a.value === null ? 1 : b.value === null ? -1 : a.value < b.value ? -1 : 1,
    );
  }
  return byActivity;
}

/**
 * The shares of each activity in one dimension: recipient countries (regions count as `null`,
 * regional), subdivisions of its locations, CARSI goals, ESCA components, or sectors (of the activity's
 * first sector vocabulary). `activityIds` narrows the activities loaded; undefined loads all.
 */
export async function loadShares(
  db: Kysely<Database>,
  dimension: ShareDimension,
  activityIds: ActivityIds,
): Promise<Map<string, Share[]>> {
  if (dimension === 'subdivision') {
    let query = db
      .selectFrom('activity_location')
      .select(['activity_id', 'subdivision_code as value', 'percentage_e2 as weight']);
    if (activityIds !== undefined) {
      query = query.where(
        'activity_id',
        'in',
        Array.isArray(activityIds)
          ? orEmpty(activityIds)
          : (activityIds as Exclude<ActivityIds, readonly string[] | undefined>),
      );
    }
    return group(await query.execute());
  }
  let query = db
    .selectFrom('activity_share')
    .select([
      'activity_share.activity_id',
      'activity_share.kind',
      'activity_share.vocabulary',
      'activity_share.code',
      'activity_share.percentage_e2',
    ])
    .orderBy('activity_share.activity_id')
    .orderBy('activity_share.vocabulary');
  if (activityIds !== undefined) {
    query = query.where(
      'activity_share.activity_id',
      'in',
      Array.isArray(activityIds)
        ? orEmpty(activityIds)
        : (activityIds as Exclude<ActivityIds, readonly string[] | undefined>),
    );
  }
  switch (dimension) {
    case 'country':
      query = query.where('activity_share.kind', 'in', ['country', 'region']);
      break;
    case 'sector':
      query = query.where('activity_share.kind', '=', 'sector');
      break;
    case 'goal':
    case 'escaComponent': {
      const framework = dimension === 'goal' ? 'carsi' : 'esca';
      query = query
        .innerJoin('framework_element', (join) =>
          join
            .onRef('framework_element.framework_code', '=', 'activity_share.vocabulary')
            .onRef('framework_element.code', '=', 'activity_share.code'),
        )
        .where('activity_share.kind', '=', 'framework')
        .where('activity_share.vocabulary', '=', framework)
        .where('framework_element.kind', '=', dimension === 'goal' ? 'goal' : 'component');
      break;
    }
  }
  const rows = await query.execute();
  const firstVocabulary = new Map<string, string>();
  const kept = rows.filter((row) => {
    if (dimension !== 'sector') {
      return true;
    }
    const first = firstVocabulary.get(row.activity_id) ?? row.vocabulary;
    firstVocabulary.set(row.activity_id, first);
    return row.vocabulary === first;
  });
  return group(
    kept.map((row) => ({
      activity_id: row.activity_id,
      value: row.kind === 'region' ? null : row.code,
      weight: row.percentage_e2,
    })),
  );
}
