import { searchKey } from '@/modules/activities';
import { DemoRandom } from '@/modules/demo';

/** A PostgreSQL column type used to cast the arrays of a batch (`unnest($1::text[], …)`). */
export type PgType = 'text' | 'int4' | 'int8';

/** A table's columns, with their PostgreSQL types, in insert order. */
export type TableShape = readonly (readonly [name: string, type: PgType])[];

/** Rows for one table, each row in the order of `TABLES[table]`. */
export interface Batch {
  readonly table: keyof typeof TABLES;
  readonly rows: unknown[][];
}

/** How big the synthetic portfolio is. */
export interface PortfolioSize {
  readonly organisations: number;
  readonly activities: number;
  /** Transactions per activity on average; the total is exactly `activities × this`. */
  readonly transactionsPerActivity: number;
}

/** What the seeded reference data offers (read back from the database after the seed). */
export interface ReferenceCodes {
  readonly subdivisions: ReadonlyMap<string, readonly string[]>;
  readonly accounts: readonly string[];
  readonly escaComponents: readonly string[];
}

const T = 'text' as const;
const I = 'int4' as const;
const B = 'int8' as const;
const MONEY: TableShape = [
  ['id', T], ['activity_id', T], ['type', T], ['amount_units', B], ['amount_nanos', I], ['currency', T],
  ['value_date', T], ['fiscal_year', I], ['usd_cents', B], ['usd_rate', T], ['usd_rate_period', T],
  ['usd_rate_source', T], ['is_demo', I], ['created_at', T], ['updated_at', T], ['version', I],
]; // prettier-ignore

/** The tables the generator fills, with their columns. */
export const TABLES = {
  organisation: [
    ['id', T], ['name_es', T], ['name_en', T], ['iati_identifier', T], ['type', T], ['country_code', T],
    ['fiscal_year_start_month', I], ['is_demo', I], ['created_at', T], ['updated_at', T], ['version', I],
  ],
  exchange_rate: [
    ['currency', T], ['period', T], ['source', T], ['units_per_usd', T], ['entered_by', T], ['created_at', T],
  ],
  activity: [
    ['id', T], ['parent_id', T], ['level', T], ['reporting_org_id', T], ['iati_identifier', T], ['title_es', T],
    ['title_en', T], ['description_es', T], ['description_en', T], ['objectives_es', T], ['objectives_en', T],
    ['status', T], ['planned_start', T], ['planned_end', T], ['actual_start', T], ['actual_end', T],
    ['default_currency', T], ['tags', T], ['documents', T], ['primary_country', T], ['search_text', T],
    ['workflow_state', T], ['submitted_at', T], ['submitted_by', T], ['approved_at', T], ['approved_by', T],
    ['published_at', T], ['published_by', T], ['is_demo', I], ['created_at', T], ['updated_at', T],
    ['version', I],
  ],
  activity_participant: [['activity_id', T], ['organisation_id', T], ['role', T]],
  activity_share: [['activity_id', T], ['kind', T], ['vocabulary', T], ['code', T], ['percentage_e2', I]],
  activity_location: [
    ['activity_id', T], ['position', I], ['subdivision_code', T], ['name', T], ['latitude', T],
    ['longitude', T], ['percentage_e2', I],
  ],
  funding_transaction: [
    ...MONEY, ['transaction_date', T], ['account_code', T], ['provider_org_id', T],
    ['provider_activity_id', T], ['receiver_org_id', T], ['receiver_activity_id', T], ['description', T],
  ],
} as const satisfies Record<string, TableShape>; // prettier-ignore

/** The demo portfolio's seeded generator, plus what the bulk load needs: exact shares and UUIDv7-shaped ids. */
class Random extends DemoRandom {
  /** Hundredths of a percent adding up to exactly 10000, one per part. */
  shares(parts: number): number[] {
    const weights = Array.from({ length: parts }, () => this.int(2, 10));
    const sum = weights.reduce((total, weight) => total + weight, 0);
    const shares = weights.map((weight) => Math.floor((weight * 10000) / sum));
    shares[0] = (shares[0] ?? 0) + 10000 - shares.reduce((total, share) => total + share, 0);
    return shares;
  }

  /** A UUIDv7-shaped id whose time part is `millis` (ids sort by creation, as the verbs make them). */
  uuid(millis: number): string {
    const time = Math.floor(millis).toString(16).padStart(12, '0');
    const rand = () => Math.floor(this.next() * 0x10000).toString(16).padStart(4, '0'); // prettier-ignore
    const variant = (0x8000 | (Math.floor(this.next() * 0x4000) & 0x3fff)).toString(16);
    return `${time.slice(0, 8)}-${time.slice(8)}-7${rand().slice(1)}-${variant}-${rand()}${rand()}${rand()}`;
  }
}

/** Kinds of work, as the demo portfolio has them: title, CARSI goals (1–2), IATI sectors (1–2). */
const THEMES: readonly { es: string; en: string; goals: readonly string[]; sectors: readonly string[] }[] = [
  { es: 'Policía comunitaria', en: 'Community policing', goals: ['1', '4'], sectors: ['15210'] },
  { es: 'Centros de alcance juvenil', en: 'Youth outreach centres', goals: ['4'], sectors: ['15220', '16020'] },
  { es: 'Seguridad fronteriza', en: 'Border security', goals: ['2'], sectors: ['15210'] },
  { es: 'Formación de fiscales y jueces', en: 'Training of prosecutors and judges', goals: ['3'], sectors: ['15130'] },
  { es: 'Prevención de pandillas', en: 'Gang prevention', goals: ['1', '4'], sectors: ['15220', '15240'] },
  { es: 'Recaudación tributaria', en: 'Tax-collection support', goals: ['3'], sectors: ['15114'] },
  { es: 'Derechos humanos', en: 'Human rights for security forces', goals: ['3', '1'], sectors: ['15160'] },
  { es: 'Información regional', en: 'Regional information sharing', goals: ['5', '2'], sectors: ['15210'] },
  { es: 'Gestión penitenciaria', en: 'Prison management', goals: ['3'], sectors: ['15130'] },
  { es: 'Violencia contra las mujeres', en: 'Violence against women', goals: ['1', '4'], sectors: ['15180'] },
  { es: 'Observatorio de la violencia', en: 'Violence observatory', goals: ['5', '3'], sectors: ['15110'] },
  { es: 'Lucha contra la corrupción', en: 'Anti-corruption', goals: ['3'], sectors: ['15113'] },
]; // prettier-ignore

/** The seven partner countries, weighted as in the demo (how many activities each gets). */
const COUNTRIES = ['GT', 'GT', 'GT', 'GT', 'GT', 'GT', 'HN', 'HN', 'HN', 'HN', 'HN', 'HN', 'SV', 'SV', 'SV', 'SV',
  'SV', 'PA', 'PA', 'PA', 'CR', 'CR', 'CR', 'BZ', 'BZ', 'NI'] as const; // prettier-ignore

/** Units per US dollar (a fixed monthly rate per currency and year); and a typical amount of ~USD 10,000. */
const CURRENCIES: Record<string, { rate: (year: number) => number; scale: number }> = {
  USD: { rate: () => 1, scale: 10_000 },
  EUR: { rate: (year) => 0.72 + ((year * 7) % 23) / 100, scale: 9_000 },
  GTQ: { rate: (year) => 7.5 + ((year * 3) % 9) / 10, scale: 78_000 },
  HNL: { rate: (year) => 18.9 + (year - 2008) * 0.35, scale: 245_000 },
};
const CURRENCY_WEIGHTS = ['USD', 'USD', 'USD', 'USD', 'USD', 'USD', 'EUR', 'EUR', 'GTQ', 'HNL'] as const;
const FIRST_YEAR = 2008;
const LAST_YEAR = 2026;
const START_MS = Date.UTC(2008, 0, 1);
const END_MS = Date.UTC(2026, 10, 25);
const RATE_SOURCE = 'bench-synthetic';

interface Org {
  id: string;
  fyStart: number;
  currency: string;
  usAgency: boolean;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** A date inside fiscal year `year` of an organisation whose year starts in `startMonth`. */
function dateInFiscalYear(random: Random, year: number, startMonth: number): string {
  const monthIndex = startMonth - 1 + random.int(0, 11);
  const calendarYear = startMonth === 1 ? year : year - 1 + Math.floor(monthIndex / 12);
  const date = `${calendarYear}-${pad((monthIndex % 12) + 1)}-${pad(random.int(1, 28))}`;
  return date > '2026-10-31' ? '2026-10-31' : date;
}

function organisations(random: Random, count: number): Org[] {
  return Array.from({ length: count }, (_, index) => {
    const usAgency = index < Math.ceil(count / 10);
    return {
      id: random.uuid(START_MS + index),
      fyStart: usAgency ? 10 : 1,
      currency: usAgency ? 'USD' : random.pick(CURRENCY_WEIGHTS),
      usAgency,
    };
  });
}

function organisationRows(orgs: readonly Org[]): unknown[][] {
  const now = new Date(START_MS).toISOString();
  return orgs.map((org, index) => [
    org.id, `Organización sintética ${index + 1}`, `Synthetic organisation ${index + 1}`,
    `XM-BENCH-${index + 1}`, org.usAgency ? '10' : index % 3 === 0 ? '21' : '22',
    org.usAgency ? 'US' : org.currency === 'EUR' ? 'ES' : org.currency === 'HNL' ? 'HN' : 'GT',
    org.fyStart, 0, now, now, 1,
  ]); // prettier-ignore
}

function exchangeRateRows(): unknown[][] {
  const rows: unknown[][] = [];
  for (const [currency, { rate }] of Object.entries(CURRENCIES)) {
    for (let year = FIRST_YEAR - 1; year <= LAST_YEAR; year += 1) {
      for (let month = 1; month <= 12; month += 1) {
        const created = new Date(START_MS).toISOString();
        rows.push([currency, `${year}-${pad(month)}`, RATE_SOURCE, String(rate(year)), null, created]);
      }
    }
  }
  return rows;
}

/** Money: whole units (bigint as text), nanos and exact USD cents at the month's rate. */
function money(random: Random, currency: string, valueDate: string, size: number) {
  const { rate, scale } = CURRENCIES[currency] ?? { rate: () => 1, scale: 10_000 };
  const units = Math.max(1, Math.round(scale * size * (0.5 + random.next())));
  const cents = random.int(0, 99);
  const unitsPerUsd = rate(Number(valueDate.slice(0, 4)));
  const usdCents = Math.round((units * 100 + cents) / unitsPerUsd);
  return {
    units: String(units),
    nanos: cents * 10_000_000,
    usdCents: String(usdCents),
    rate: String(unitsPerUsd),
  };
}

/** The generator's state while it walks the activities. */
interface Walk {
  readonly random: Random;
  readonly size: PortfolioSize;
  readonly codes: ReferenceCodes;
  readonly orgs: readonly Org[];
  readonly ids: string[];
  carry: number;
}

/** The rows of activity number `index` (programme, project or activity) with its parts and money. */
function activityRows(walk: Walk, index: number, out: Record<keyof typeof TABLES, unknown[][]>): void {
  const { random, orgs, codes } = walk;
  const org = random.pick(orgs);
  const implementer = random.pick(orgs);
  const theme = random.pick(THEMES);
  const regional = random.next() < 0.1;
  const country = regional ? null : random.pick(COUNTRIES);
  const createdMs = START_MS + (index / walk.size.activities) * (END_MS - START_MS) * 0.97;
  const updatedMs = createdMs + random.next() * (END_MS - createdMs);
  const id = random.uuid(createdMs);
  walk.ids.push(id);
  const slot = index % 10; // per ten: a programme, two projects under it, seven activities under those
  const level = slot === 0 ? 'programme' : slot < 3 ? 'project' : 'activity';
  const parent =
    slot === 0 ? null : slot < 3 ? walk.ids[index - slot] : walk.ids[index - slot + 1 + (slot % 2)];
  const startYear = random.int(FIRST_YEAR, LAST_YEAR);
  const endYear = Math.min(LAST_YEAR + 2, startYear + random.int(0, 4));
  const where = country ?? 'regional';
  const identifier = `XM-BENCH-${String(index + 1).padStart(6, '0')}`;
  const title = { es: `${theme.es} — ${where} ${index + 1}`, en: `${theme.en} — ${where} ${index + 1}` };
  const created = new Date(createdMs).toISOString();
  const updated = new Date(updatedMs).toISOString();
  const roll = random.next();
  const state = roll < 0.05 ? 'draft' : roll < 0.15 ? 'submitted' : roll < 0.25 ? 'approved' : 'published';
  const closed = endYear < 2026;
  out.activity.push([
    id, parent ?? null, level, org.id, identifier, title.es, title.en,
    'Registro sintético para medir el rendimiento.', 'Synthetic record for benchmarking.',
    'Medir.', 'Measure.', closed ? (endYear < 2024 ? '4' : '3') : '2',
    `${startYear}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`, `${endYear}-12-31`,
    `${startYear}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`, closed ? `${endYear}-12-31` : null,
    org.currency, '[]', '[]', country, searchKey([identifier, title.es, title.en].join(' ')),
    state, state === 'draft' ? null : updated, state === 'draft' ? null : 'bench',
    roll >= 0.15 ? updated : null, roll >= 0.15 ? 'bench' : null,
    roll >= 0.25 ? updated : null, roll >= 0.25 ? 'bench' : null, 0, created, updated, 1 + (index % 4),
  ]); // prettier-ignore
  out.activity_participant.push([id, org.id, '1']);
  if (implementer.id !== org.id) {
    out.activity_participant.push([id, implementer.id, '4']);
  }
  out.activity_share.push(
    country === null ? [id, 'region', '1', '389', 10000] : [id, 'country', 'iso3166-1', country, 10000],
  );
  const goalShares = random.shares(theme.goals.length);
  theme.goals.forEach((goal, at) =>
    out.activity_share.push([id, 'framework', 'carsi', goal, goalShares[at]]),
  );
  out.activity_share.push([id, 'framework', 'esca', random.pick(codes.escaComponents), 10000]);
  const sectorShares = random.shares(theme.sectors.length);
  theme.sectors.forEach((sector, at) =>
    out.activity_share.push([id, 'sector', '1', sector, sectorShares[at]]),
  );
  if (country !== null) {
    const places = random.sample(codes.subdivisions.get(country) ?? [], random.int(1, 3));
    const placeShares = random.shares(places.length);
    places.forEach((code, at) => out.activity_location.push([id, at, code, '', null, null, placeShares[at]]));
  }
  transactionRows(walk, index, { id, org, implementer, startYear, endYear, createdMs }, out);
}

/** About `transactionsPerActivity` transactions of one activity: AL/2 first, then 3 and 4 over its years. */
function transactionRows(
  walk: Walk,
  index: number,
  activity: { id: string; org: Org; implementer: Org; startYear: number; endYear: number; createdMs: number },
  out: Record<keyof typeof TABLES, unknown[][]>,
): void {
  const { random, codes } = walk;
  const { org } = activity;
  const mean = walk.size.transactionsPerActivity;
  // Pairs of activities get mean ± d transactions, so the total is exactly activities × mean.
  const delta = index % 2 === 0 ? random.int(-Math.floor(mean / 2), Math.floor(mean / 2)) : -walk.carry;
  walk.carry = delta;
  const count = Math.max(0, mean + delta);
  const account = org.usAgency ? random.pick(codes.accounts) : null;
  const lastYear = Math.min(activity.endYear, LAST_YEAR);
  const years = lastYear - activity.startYear + 1;
  for (let k = 0; k < count; k += 1) {
    const passThrough = k === 1 && index > 100 && random.next() < 0.02;
    const type = passThrough ? '1' : k === 0 ? (org.usAgency ? 'AL' : '2') : k === 1 ? '2' : random.next() < 0.6 ? '3' : '4'; // prettier-ignore
    const fiscalYear = k < 2 ? activity.startYear : activity.startYear + Math.floor(((k - 2) * years) / Math.max(1, count - 2)); // prettier-ignore
    const date = dateInFiscalYear(random, fiscalYear, org.fyStart);
    const currency = passThrough ? 'USD' : org.currency;
    const value = money(random, currency, date, k < 2 ? 40 : 4);
    const at = new Date(activity.createdMs + k * 60_000).toISOString();
    const provider = passThrough ? walk.ids[random.int(0, index - 1)] : undefined;
    out.funding_transaction.push([
      random.uuid(activity.createdMs + k), activity.id, type, value.units, value.nanos, currency, date,
      fiscalYear, value.usdCents, value.rate, date.slice(0, 7), RATE_SOURCE, 0, at, at, 1, date, account,
      passThrough ? org.id : null, provider ?? null,
      type === '3' ? activity.implementer.id : null, null, passThrough ? 'Received (synthetic)' : '',
    ]); // prettier-ignore
  }
}

function emptyTables(): Record<keyof typeof TABLES, unknown[][]> {
  return {
    organisation: [],
    exchange_rate: [],
    activity: [],
    activity_participant: [],
    activity_share: [],
    activity_location: [],
    funding_transaction: [],
  };
}

/**
 * The synthetic portfolio, deterministically from `seed`, as batches in an order that satisfies every
 * foreign key: organisations and rates first, then per chunk of `chunk` activities their activities,
 * participants, shares, locations and transactions.
 */
export function* syntheticPortfolio(
  size: PortfolioSize,
  codes: ReferenceCodes,
  { seed = 20261130, chunk = 2000 }: { seed?: number; chunk?: number } = {},
): Generator<Batch> {
  const random = new Random(seed);
  const orgs = organisations(random, size.organisations);
  yield { table: 'organisation', rows: organisationRows(orgs) };
  yield { table: 'exchange_rate', rows: exchangeRateRows() };
  const walk: Walk = { random, size, codes, orgs, ids: [], carry: 0 };
  for (let start = 0; start < size.activities; start += chunk) {
    const out = emptyTables();
    for (let index = start; index < Math.min(size.activities, start + chunk); index += 1) {
      activityRows(walk, index, out);
    }
    for (const table of Object.keys(TABLES) as (keyof typeof TABLES)[]) {
      if (out[table].length > 0) {
        yield { table, rows: out[table] };
      }
    }
  }
}
