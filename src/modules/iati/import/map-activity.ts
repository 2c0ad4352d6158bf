import { parseDecimal } from '@/shared/money';
import type { Narratives, ParsedActivity, ParsedTransaction } from '../parse/parsed-activity';
import { Findings, type Finding } from './finding';
import type { ImportVocabulary } from './import-vocabulary';
import { isoDate } from './map-dates';
import { mapBudget, mapTransaction, type MappedBudget, type MappedTransaction } from './map-money';
import { mapShareGroup, sharesFromTransactions, splitHundred, type MappedShare } from './map-shares';
import { organisationRefOf, type OrganisationRef } from './organisation-ref';

/** An activity as the platform will store it, with organisations still to be matched. */
export interface MappedActivity {
  readonly identifier: string;
  readonly line: number;
  readonly column: number;
  /** SHA-256 of what was published (positions left out): equal hashes mean nothing changed. */
  readonly contentHash: string;
  readonly reportingOrg: OrganisationRef;
  readonly title: { es: string; en: string };
  readonly description: { es: string; en: string };
  readonly objectives: { es: string; en: string };
  readonly status: string;
  readonly dates: {
    plannedStart: string | null;
    plannedEnd: string | null;
    actualStart: string | null;
    actualEnd: string | null;
  };
  readonly defaultCurrency: string;
  readonly participants: readonly { organisation: OrganisationRef; role: string }[];
  readonly countries: readonly MappedShare[];
  readonly regions: readonly MappedShare[];
  readonly sectors: readonly MappedShare[];
  readonly locations: readonly {
    subdivisionCode: string;
    name: string;
    latitude: number | null;
    longitude: number | null;
    percentage: number;
  }[];
  readonly documents: readonly { url: string; title: { es: string; en: string }; category: string | null }[];
  readonly transactions: readonly MappedTransaction[];
  readonly budgets: readonly MappedBudget[];
  /** Published transactions and budgets not stored (each has an error finding). */
  readonly rejectedMoney: { transactions: number; budgets: number };
  /** JSON `IatiExtensions` of the activity element; null when it has none. */
  readonly extensions: string | null;
}

export type MappingResult =
  | { readonly ok: true; readonly activity: MappedActivity; readonly findings: readonly Finding[] }
  | { readonly ok: false; readonly findings: readonly Finding[] };

/**
 * Raised when the importer comes to store more of what a file publishes (2: US Treasury accounts, fiscal
 * funding years, extension elements), so activities imported before are rewritten on their next import
 * rather than left as unchanged.
 */
const MAPPING_VERSION = 2;

const TITLE_MAX = 500;
const TEXT_MAX = 20_000;

/** Spanish and English texts; a text in another language stands in for English (it is what was published). */
function bilingual(texts: Narratives, max: number): { es: string; en: string } {
  const es = texts.es ?? '';
  const other = Object.entries(texts).find(([lang]) => lang !== 'es' && lang !== 'en')?.[1];
  const en = texts.en ?? (es === '' ? (other ?? '') : '');
  return { es: es.slice(0, max), en: en.slice(0, max) };
}

/**
 * Maps one published activity to what the platform stores, reporting every problem as a finding. The
 * activity itself is refused (ok: false) only when it cannot be stored at all: no identifier, no
 * reporting organisation.
 */
export function mapActivity(parsed: ParsedActivity, vocabulary: ImportVocabulary): MappingResult {
  const identifier = parsed.identifier;
  const findings = new Findings(identifier === '' ? null : identifier);
  if (identifier === '') {
    findings.add(
      'error',
      'activity_identifier_blank',
      parsed,
      'La actividad no tiene identificador IATI; no se guardó.',
      'The activity has no IATI identifier; not stored.',
    );
    return { ok: false, findings: findings.list };
  }
  if (identifier.length > 150) {
    findings.add(
      'error',
      'activity_identifier_too_long',
      parsed,
      'El identificador IATI tiene más de 150 caracteres; la actividad no se guardó.',
      'The IATI identifier is longer than 150 characters; the activity was not stored.',
    );
    return { ok: false, findings: findings.list };
  }
  const reportingOrg = organisationRefOf(parsed.reportingOrg);
  if (reportingOrg === undefined) {
    findings.add(
      'error',
      'reporting_org_missing',
      parsed,
      'La actividad no indica la organización que informa (reporting-org); no se guardó.',
      'The activity names no reporting organisation (reporting-org); not stored.',
    );
    return { ok: false, findings: findings.list };
  }
  const context = { defaultCurrency: parsed.defaultCurrency, vocabulary };
  const transactions = parsed.transactions.flatMap(
    (transaction, index) => mapTransaction(transaction, index, context, findings) ?? [],
  );
  const budgets = parsed.budgets.flatMap((budget) => mapBudget(budget, context, findings) ?? []);
  const activity: MappedActivity = {
    identifier,
    line: parsed.line,
    column: parsed.column,
    contentHash: `${MAPPING_VERSION}:${parsed.fingerprint}`,
    reportingOrg,
    title: titleOf(parsed, findings),
    description: bilingual(parsed.description, TEXT_MAX),
    objectives: bilingual(parsed.objectives, TEXT_MAX),
    status: statusOf(parsed, findings),
    dates: datesOf(parsed, findings),
    defaultCurrency:
      parsed.defaultCurrency !== undefined && vocabulary.currencies.has(parsed.defaultCurrency)
        ? parsed.defaultCurrency
        : (transactions[0]?.currency ?? 'USD'),
    participants: participantsOf(parsed, findings),
    ...geographyOf(parsed, vocabulary, findings),
    sectors: sectorsOf(parsed, vocabulary, findings),
    locations: locationsOf(parsed, vocabulary, findings),
    documents: documentsOf(parsed, findings),
    transactions,
    extensions: parsed.extensions === undefined ? null : JSON.stringify(parsed.extensions),
    budgets,
    rejectedMoney: {
      transactions: parsed.transactions.length - transactions.length,
      budgets: parsed.budgets.length - budgets.length,
    },
  };
  if (parsed.wrappedIn !== undefined) {
    findings.add(
      'info',
      'activity_wrapped',
      parsed,
      `La actividad está dentro de <${parsed.wrappedIn}>, no de <iati-activities>; se leyó igualmente.`,
      `The activity sits inside <${parsed.wrappedIn}>, not <iati-activities>; it was read all the same.`,
    );
  }
  return { ok: true, activity, findings: findings.list };
}

function titleOf(parsed: ParsedActivity, findings: Findings) {
  const title = bilingual(parsed.title, TITLE_MAX);
  if (title.es === '' && title.en === '') {
    findings.add(
      'warning',
      'title_missing',
      parsed,
      'La actividad no tiene título; se usó su identificador.',
      'The activity has no title; its identifier was used.',
    );
    return { es: '', en: parsed.identifier.slice(0, TITLE_MAX) };
  }
  return title;
}

function statusOf(parsed: ParsedActivity, findings: Findings): string {
  if (parsed.status !== undefined && /^[1-6]$/.test(parsed.status)) {
    return parsed.status;
  }
  findings.add(
    'warning',
    'status_missing',
    parsed,
    `La actividad no tiene un estado IATI válido ("${parsed.status ?? ''}"); se guardó como 2 (ejecución).`,
    `The activity has no valid IATI status ("${parsed.status ?? ''}"); stored as 2 (implementation).`,
  );
  return '2';
}

const DATE_FIELDS = { '1': 'plannedStart', '2': 'actualStart', '3': 'plannedEnd', '4': 'actualEnd' } as const;

function datesOf(parsed: ParsedActivity, findings: Findings): MappedActivity['dates'] {
  const dates: { -readonly [K in keyof MappedActivity['dates']]: string | null } = {
    plannedStart: null,
    plannedEnd: null,
    actualStart: null,
    actualEnd: null,
  };
  for (const date of parsed.dates) {
    const field = DATE_FIELDS[date.type as keyof typeof DATE_FIELDS] as keyof typeof dates | undefined;
    const value = isoDate(date.date);
    if (field === undefined || value === undefined) {
      findings.add(
        'warning',
        'date_invalid',
        date,
        `La fecha de actividad (tipo "${date.type ?? ''}", "${date.date ?? ''}") no es válida; se omitió.`,
        `The activity date (type "${date.type ?? ''}", "${date.date ?? ''}") is not valid; left out.`,
      );
    } else {
      dates[field] ??= value;
    }
  }
  if (dates.plannedStart === null && dates.actualStart === null) {
    findings.add(
      'warning',
      'start_date_missing',
      parsed,
      'La actividad no tiene fecha de inicio (prevista ni real).',
      'The activity has no start date (planned or actual).',
    );
  }
  return dates;
}

function participantsOf(parsed: ParsedActivity, findings: Findings): MappedActivity['participants'] {
  const seen = new Set<string>();
  return parsed.participants.flatMap((participant) => {
    const organisation = organisationRefOf(participant);
    const role = participant.role ?? '';
    if (organisation === undefined || !/^[1-4]$/.test(role)) {
      findings.add(
        'warning',
        'participant_unusable',
        participant,
        `Una organización participante no tiene identificador ni nombre, o su función ("${role}") no es 1–4; se omitió.`,
        `A participating organisation has neither identifier nor name, or its role ("${role}") is not 1–4; left out.`,
      );
      return [];
    }
    const key = `${organisation.key}\u0000${role}`;
    if (seen.has(key)) {
      return [];
    }
    seen.add(key);
    return [{ organisation, role }];
  });
}

function unknownCodes(
  shares: readonly MappedShare[],
  known: ReadonlySet<string> | undefined,
  list: string,
  where: { line: number; column: number },
  findings: Findings,
): void {
  for (const share of shares) {
    if (known !== undefined && !known.has(share.code)) {
      findings.add(
        'warning',
        'code_unknown',
        where,
        `"${share.code}" no está en la lista de códigos ${list}; se guardó como se publicó.`,
        `"${share.code}" is not in the ${list} codelist; stored as published.`,
      );
    }
  }
}

interface NamedShare {
  readonly kind: 'country' | 'region';
  readonly code: string;
  readonly vocabulary: string;
  readonly weight: bigint;
}

/** A transaction's weight when shares are taken from transactions: its amount, 0 when unreadable. */
const publishedAmount = (transaction: ParsedTransaction): bigint =>
  parseDecimal(transaction.value?.text ?? '') ?? 0n;

function geographyOf(
  parsed: ParsedActivity,
  vocabulary: ImportVocabulary,
  findings: Findings,
): { countries: MappedShare[]; regions: MappedShare[] } {
  const upper = parsed.countries.map((country) => ({ ...country, code: country.code.toUpperCase() }));
  let countries = mapShareGroup(upper, 'country', 'iso3166-1', findings);
  let regions = mapShareGroup(parsed.regions, 'region', '1', findings);
  if (countries.length === 0 && regions.length === 0) {
    const byTransaction = parsed.transactions.flatMap((transaction): NamedShare[] => {
      const weight = publishedAmount(transaction);
      const country = transaction.countries[0];
      const region = transaction.regions[0];
      return country !== undefined
        ? [{ kind: 'country' as const, code: country.code.toUpperCase(), vocabulary: 'iso3166-1', weight }]
        : region !== undefined
          ? [{ kind: 'region' as const, code: region.code, vocabulary: '1', weight }]
          : [];
    });
    countries = sharesFromTransactions(byTransaction.filter((entry) => entry.kind === 'country'));
    regions = countries.length > 0 ? [] : sharesFromTransactions(byTransaction);
    if (byTransaction.length > 0) {
      findings.add(
        'info',
        'geography_from_transactions',
        parsed,
        'Los países o regiones de la actividad se tomaron de sus transacciones, en proporción a sus valores.',
        "The activity's countries or regions were taken from its transactions, in proportion to their values.",
      );
    }
  }
  unknownCodes(countries, vocabulary.countries, 'Country', parsed, findings);
  unknownCodes(regions, vocabulary.regions, 'Region', parsed, findings);
  return { countries, regions };
}

function sectorsOf(parsed: ParsedActivity, vocabulary: ImportVocabulary, findings: Findings): MappedShare[] {
  const byVocabulary = new Map<string, typeof parsed.sectors>();
  for (const sector of parsed.sectors) {
    const key = sector.vocabulary ?? '1';
    byVocabulary.set(key, [...(byVocabulary.get(key) ?? []), sector]);
  }
  let sectors = [...byVocabulary].flatMap(([key, group]) => mapShareGroup(group, 'sector', key, findings));
  if (sectors.length === 0) {
    sectors = sharesFromTransactions(
      parsed.transactions.flatMap((transaction) => {
        const sector = transaction.sectors[0];
        return sector === undefined
          ? []
          : [
              {
                code: sector.code,
                vocabulary: sector.vocabulary ?? '1',
                weight: publishedAmount(transaction),
              },
            ];
      }),
    );
  }
  const known = { '1': vocabulary.sectors, '2': vocabulary.sectorCategories } as Record<
    string,
    ReadonlySet<string>
  >;
  for (const [key, list] of [
    ['1', 'Sector'],
    ['2', 'SectorCategory'],
  ] as const) {
    unknownCodes(
      sectors.filter((sector) => sector.vocabulary === key),
      known[key],
      list,
      parsed,
      findings,
    );
  }
  return sectors;
}

function locationsOf(parsed: ParsedActivity, vocabulary: ImportVocabulary, findings: Findings) {
  const mapped = parsed.locations.flatMap((location) => {
    const code = [location.ref, ...location.codes]
      .map((candidate) => candidate?.toUpperCase())
      .find((candidate) => candidate !== undefined && vocabulary.subdivisions.has(candidate));
    if (code === undefined) {
      return [];
    }
    const name = bilingual(location.name, 300);
    return [
      {
        subdivisionCode: code,
        name: name.es || name.en,
        latitude: location.point?.latitude ?? null,
        longitude: location.point?.longitude ?? null,
      },
    ];
  });
  if (mapped.length < parsed.locations.length) {
    findings.add(
      'info',
      'location_not_mapped',
      parsed.locations[0],
      `${parsed.locations.length - mapped.length} ubicación(es) no nombran una subdivisión ISO 3166-2 de la región; no se guardaron como ubicaciones.`,
      `${parsed.locations.length - mapped.length} location(s) name no ISO 3166-2 subdivision of the region; not stored as locations.`,
    );
  }
  const percentages = splitHundred(mapped.map(() => 1n));
  return mapped.map((location, index) => ({ ...location, percentage: percentages[index] ?? 0 }));
}

function documentsOf(parsed: ParsedActivity, findings: Findings): MappedActivity['documents'] {
  return parsed.documents.flatMap((document) => {
    if (document.url === undefined || !/^https?:\/\/\S+$/i.test(document.url) || document.url.length > 2000) {
      findings.add(
        'warning',
        'document_url_invalid',
        document,
        `El enlace de documento "${(document.url ?? '').slice(0, 80)}" no es una dirección http(s); se omitió.`,
        `The document link "${(document.url ?? '').slice(0, 80)}" is not an http(s) address; left out.`,
      );
      return [];
    }
    return [
      {
        url: document.url,
        title: bilingual(document.title, 300),
        category: document.category?.slice(0, 10) ?? null,
      },
    ];
  });
}
