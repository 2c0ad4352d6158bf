import type { Kysely } from 'kysely';
import type { Database } from '@/platform/db/database';
import type { FieldProblem } from '@/platform/errors';
import type { ActivityFields } from './activity.schemas';
import { problem } from './activity-problems';

async function knownCodes(db: Kysely<Database>, codelist: string, codes: readonly string[]) {
  if (codes.length === 0) {
    return new Set<string>();
  }
  const rows = await db
    .selectFrom('codelist_item')
    .select('code')
    .where('codelist_name', '=', codelist)
    .where('code', 'in', [...new Set(codes)])
    .execute();
  return new Set(rows.map((row) => row.code));
}

function unknownCodes(
  path: string,
  codes: readonly string[],
  known: Set<string>,
  what: { es: string; en: string },
): FieldProblem[] {
  return codes.flatMap((code, index) =>
    known.has(code)
      ? []
      : [
          problem(
            `${path}.${index}`,
            'unknown_code',
            `"${code}" no es ${what.es}.`,
            `"${code}" is not ${what.en}.`,
          ),
        ],
  );
}

/** Problems with codes: status, currency, sectors, countries, regions, roles. */
export async function checkCodes(db: Kysely<Database>, fields: ActivityFields): Promise<FieldProblem[]> {
  const [statuses, currencies, sectors, categories, countries, regions] = await Promise.all([
    knownCodes(db, 'ActivityStatus', [fields.status]),
    knownCodes(db, 'Currency', [fields.defaultCurrency]),
    knownCodes(
      db,
      'Sector',
      fields.sectors.map((sector) => sector.code),
    ),
    knownCodes(
      db,
      'SectorCategory',
      fields.sectors.map((sector) => sector.code),
    ),
    knownCodes(
      db,
      'Country',
      fields.recipientCountries.map((country) => country.code),
    ),
    knownCodes(
      db,
      'Region',
      fields.recipientRegions.map((region) => region.code),
    ),
  ]);
  const problems = [
    ...unknownCodes('status', [fields.status], statuses, {
      es: 'un estado de actividad IATI',
      en: 'an IATI activity status',
    }),
    ...unknownCodes('defaultCurrency', [fields.defaultCurrency], currencies, {
      es: 'una moneda ISO 4217',
      en: 'an ISO 4217 currency',
    }),
    ...unknownCodes(
      'recipientCountries',
      fields.recipientCountries.map((c) => c.code),
      countries,
      {
        es: 'un país ISO 3166-1',
        en: 'an ISO 3166-1 country',
      },
    ),
    ...unknownCodes(
      'recipientRegions',
      fields.recipientRegions.map((r) => r.code),
      regions,
      {
        es: 'una región IATI',
        en: 'an IATI region',
      },
    ),
  ];
  fields.sectors.forEach((sector, index) => {
    const known = sector.vocabulary === '1' ? sectors : sector.vocabulary === '2' ? categories : undefined;
    if (known !== undefined && !known.has(sector.code)) {
      problems.push(
        problem(
          `sectors.${index}.code`,
          'unknown_code',
          `"${sector.code}" no es un sector del vocabulario ${sector.vocabulary}.`,
          `"${sector.code}" is not a sector of vocabulary ${sector.vocabulary}.`,
        ),
      );
    }
  });
  return problems;
}
