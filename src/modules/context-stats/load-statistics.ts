import type { Transaction } from 'kysely';
import type { Database } from '@/platform/db/database';
import { upsertRows } from '@/platform/db/upsert';
import { parseCsv, readReferenceFile, type ReferenceFile } from '@/platform/reference-files';
import { STATISTIC_FILE_LAYOUTS, type StatisticFileLayout } from './statistic-files';
import type { StatisticDatasetTable, StatisticValueTable } from './statistic.table';

const DATASETS_FILE = 'statistics/datasets.json';
const UNITS_FILE = 'statistics/subnational_units.json';

interface Bilingual {
  es: string;
  en: string;
}
interface DatasetEntry {
  id: string;
  file: string;
  indicator: StatisticDatasetTable['indicator'];
  level: StatisticDatasetTable['level'];
  title: Bilingual;
  publisher: string;
  licence: string;
  url: string;
  caveats: Bilingual[];
}

/** datasets.json, the sub-national unit map, then each CSV in the order datasets.json lists them. */
export function statisticReferenceFiles(referenceDir: string): ReferenceFile[] {
  const datasets = readReferenceFile(referenceDir, DATASETS_FILE);
  const entries = JSON.parse(datasets.text) as DatasetEntry[];
  return [
    datasets,
    readReferenceFile(referenceDir, UNITS_FILE),
    ...entries.map((entry) => readReferenceFile(referenceDir, `statistics/${entry.file}`)),
  ];
}

/**
 * Loads homicide rates and population (national and sub-national), replacing each dataset's values.
 * Countries must be loaded first (foreign keys).
 * @throws Error naming file and line when a shipped CSV has a value that is not a number.
 */
export async function loadStatistics(
  trx: Transaction<Database>,
  files: readonly ReferenceFile[],
): Promise<number> {
  const [datasetsFile, unitsFile, ...csvFiles] = files;
  const entries = JSON.parse(datasetsFile?.text ?? '[]') as DatasetEntry[];
  const unitMaps = JSON.parse(unitsFile?.text ?? '{}') as Record<string, Record<string, string | null>>;
  const countries = await trx.selectFrom('country').select(['code', 'iso3']).execute();
  const countryByIso3 = new Map(countries.map((country) => [country.iso3, country.code]));

  const datasets: StatisticDatasetTable[] = entries.map((entry, index) => ({
    id: entry.id,
    indicator: entry.indicator,
    level: entry.level,
    title_es: entry.title.es,
    title_en: entry.title.en,
    publisher: entry.publisher,
    licence: entry.licence,
    url: entry.url,
    caveats: JSON.stringify(entry.caveats),
    position: index + 1,
  }));
  await upsertRows(trx, 'statistic_dataset', datasets, ['id']);

  let count = datasets.length;
  for (const [index, entry] of entries.entries()) {
    const layout = STATISTIC_FILE_LAYOUTS[entry.file];
    const csv = csvFiles[index];
    if (layout === undefined || csv === undefined) {
      throw new Error(`reference/statistics/${entry.file}: no layout is known for this file`);
    }
    const values = toValues(entry, layout, csv, countryByIso3, unitMaps[entry.file] ?? {});
    await trx.deleteFrom('statistic_value').where('dataset_id', '=', entry.id).execute();
    await upsertRows(trx, 'statistic_value', values, ['dataset_id', 'country_code', 'unit_name', 'year']);
    count += values.length;
  }
  return count;
}

function toValues(
  entry: DatasetEntry,
  layout: StatisticFileLayout,
  csv: ReferenceFile,
  countryByIso3: Map<string, string>,
  unitMap: Record<string, string | null>,
): StatisticValueTable[] {
  return parseCsv(csv.text).flatMap((record, index) => {
    const line = index + 2; // header is line 1
    const where = `reference/${csv.relativePath}, line ${line}`;
    const unit = record[layout.unit.column] ?? '';
    const year =
      'fixed' in layout.year ? layout.year.fixed : toNumber(record[layout.year.column], `${where}, year`);
    const rawValue = record[layout.valueColumn];
    if (rawValue === undefined || rawValue.trim() === '') {
      return []; // the source has no value for this unit and year
    }
    const value = toNumber(rawValue, `${where}, ${layout.valueColumn}`);
    if (layout.unit.kind === 'iso3') {
      const country = countryByIso3.get(unit);
      if (country === undefined) {
        throw new Error(`${where}: unknown country code "${unit}"`);
      }
      return [
        {
          dataset_id: entry.id,
          country_code: country,
          unit_name: country,
          subdivision_code: null,
          year,
          value,
        },
      ];
    }
    if (!(unit in unitMap)) {
      throw new Error(`${where}: unit "${unit}" is missing from ${UNITS_FILE}`);
    }
    return [
      {
        dataset_id: entry.id,
        country_code: layout.unit.country,
        unit_name: unit,
        subdivision_code: unitMap[unit] ?? null,
        year,
        value,
      },
    ];
  });
}

function toNumber(raw: string | undefined, where: string): number {
  const value = Number(raw);
  if (raw === undefined || raw.trim() === '' || !Number.isFinite(value)) {
    throw new Error(`${where}: "${raw ?? ''}" is not a number`);
  }
  return value;
}
