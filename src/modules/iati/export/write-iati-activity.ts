import { formatNanos, formatScaled, fromUnitsAndNanos } from '@/shared/money';
import { isTreasuryAccountElement, publishedExtensionsOf } from '@/shared/published-extensions';
import type { IatiExtensions } from '../parse/iati-extensions';
import type { ExportActivity, ExportOrganisation, ExportTransaction } from './load-export-page';
import { organisationRef } from './iati-identifiers';
import type { XmlWriter } from './xml-writer';

export interface Bilingual {
  readonly es: string;
  readonly en: string;
}

export interface ActivityWriteOptions {
  /** Names of framework elements by `framework/element`, for the tags of attributions. */
  readonly frameworkElements: ReadonlyMap<string, Bilingual>;
  /** @vocabulary-uri of those tags (vocabulary 99, the reporting organisation's own); left out if undefined. */
  readonly frameworkVocabularyUri?: string;
}

const extensionsFrom = (json: string | null): IatiExtensions | undefined =>
  publishedExtensionsOf(json) ?? undefined;

/** Where the US publishes Treasury accounts (ForeignAssistance.gov's IATI extension). */
const US_NAMESPACE = 'https://foreignassistance.gov';

const hasAccountElement = (extensions: IatiExtensions | undefined): boolean =>
  (extensions?.elements ?? []).some(isTreasuryAccountElement);

/**
 * The namespaces to declare on `<iati-activity>`: its own extensions' and its transactions' (a prefix a
 * transaction binds to another namespace is declared on that transaction instead), and `usg` when a
 * transaction entered in the platform is charged to an account.
 */
function activityNamespaces(activity: ExportActivity, extensions: IatiExtensions | undefined) {
  const declared: Record<string, string> = { ...extensions?.namespaces };
  for (const transaction of activity.transactions) {
    const own = extensionsFrom(transaction.iati_extensions);
    for (const [prefix, uri] of Object.entries(own?.namespaces ?? {})) {
      declared[prefix] ??= uri;
    }
    if (transaction.account_code !== null && !hasAccountElement(own)) {
      declared.usg ??= US_NAMESPACE;
    }
  }
  return declared;
}

function namespaceAttributes(
  extensions: IatiExtensions | undefined,
  declared: Readonly<Record<string, string>>,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(extensions?.namespaces ?? {})
      .filter(([prefix, uri]) => declared[prefix] !== uri)
      .map(([prefix, uri]) => [`xmlns:${prefix}`, uri]),
  );
}

/**
 * The extension elements as published; a transaction charged to an account but published without a
 * Treasury account element (entered in the platform) gets one in the US form.
 */
function writeExtensionElements(
  xml: XmlWriter,
  extensions: IatiExtensions | undefined,
  accountCode: string | null,
): void {
  for (const element of extensions?.elements ?? []) {
    xml.fragment(element);
  }
  if (accountCode !== null && !hasAccountElement(extensions)) {
    xml.leaf('usg:treasury-account', { code: accountCode });
  }
}

/** Single-language texts (location names, transaction descriptions) take this language, the platform's first. */
const DEFAULT_LANGUAGE = 'es';

// @hierarchy is the level in the reporting organisation's breakdown of its aid (1 = top).
const HIERARCHY = { programme: 1, project: 2, activity: 3 } as const;
const WGS84 = 'http://www.opengis.net/def/crs/EPSG/0/4326';

/** 1250 hundredths → "12.5": exact, at most two decimals, no trailing zeros. */
const percentage = (hundredths: number): string => formatScaled(BigInt(hundredths), 2);
const amount = (row: { amount_units: number | string | bigint; amount_nanos: number }): string =>
  formatNanos(fromUnitsAndNanos(row.amount_units, row.amount_nanos));

/** One `<narrative xml:lang>` per language that has text. */
function narratives(xml: XmlWriter, text: Bilingual): void {
  for (const language of ['es', 'en'] as const) {
    if (text[language] !== '') {
      xml.leaf('narrative', { 'xml:lang': language }, text[language]);
    }
  }
}

/**
 * Narratives where the schema requires at least one: with neither language filled, an empty narrative
 * keeps the file valid without inventing a text.
 */
function requiredNarratives(xml: XmlWriter, text: Bilingual): void {
  if (text.es === '' && text.en === '') {
    xml.leaf('narrative', {}, '');
  } else {
    narratives(xml, text);
  }
}

function requiredText(xml: XmlWriter, name: string, text: Bilingual, attributes = {}): void {
  xml.open(name, attributes);
  requiredNarratives(xml, text);
  xml.close();
}

const namesOf = (organisation: ExportOrganisation): Bilingual => ({
  es: organisation.name_es,
  en: organisation.name_en,
});

function writeParticipants(xml: XmlWriter, activity: ExportActivity): void {
  // The schema requires one participating-org. With none recorded, the reporting organisation is named as
  // funding (role 1), as the platform's own portfolio records its donors; it reports the activity, so it
  // takes part in it.
  const participants =
    activity.participants.length > 0
      ? activity.participants
      : [{ role: '1', organisation: activity.reportingOrg }];
  for (const { role, organisation } of participants) {
    xml.open('participating-org', { ref: organisation.iati_identifier, type: organisation.type, role });
    narratives(xml, namesOf(organisation));
    xml.close();
  }
}

function writeDates(xml: XmlWriter, row: ExportActivity['row']): void {
  const dates = [
    ['1', row.planned_start],
    ['2', row.actual_start],
    ['3', row.planned_end],
    ['4', row.actual_end],
  ] as const;
  for (const [type, date] of dates) {
    if (date !== null) {
      xml.leaf('activity-date', { type, 'iso-date': date });
    }
  }
}

function writeLocations(xml: XmlWriter, activity: ExportActivity): void {
  for (const location of activity.locations) {
    // IATI has no vocabulary for ISO 3166-2 subdivisions: the code goes in @ref (the importer reads it
    // back from there), and the country in an administrative element (A4 = ISO 3166-1, level 0).
    xml.open('location', { ref: location.subdivision_code });
    if (location.name !== '') {
      xml.open('name');
      xml.leaf('narrative', {}, location.name);
      xml.close();
    }
    xml.leaf('administrative', { vocabulary: 'A4', level: 0, code: location.subdivision_code.slice(0, 2) });
    if (location.latitude !== null && location.longitude !== null) {
      xml.open('point', { srsName: WGS84 });
      xml.leaf('pos', {}, `${location.latitude} ${location.longitude}`);
      xml.close();
    }
    xml.close();
  }
}

function writeShares(xml: XmlWriter, activity: ExportActivity, options: ActivityWriteOptions): void {
  const of = (kind: string) => activity.shares.filter((share) => share.kind === kind);
  for (const share of of('country')) {
    xml.leaf('recipient-country', { code: share.code, percentage: percentage(share.percentage_e2) });
  }
  for (const share of of('region')) {
    xml.leaf('recipient-region', {
      code: share.code,
      vocabulary: '1',
      percentage: percentage(share.percentage_e2),
    });
  }
  writeLocations(xml, activity);
  for (const share of of('sector')) {
    xml.leaf('sector', {
      vocabulary: share.vocabulary,
      code: share.code,
      percentage: percentage(share.percentage_e2),
    });
  }
  // Framework attributions (CARSI goals, ESCA components) as tags of the reporting organisation's own
  // vocabulary (99): schema-valid, and readable by anyone. A tag has no percentage, so the split between
  // elements is not carried; the platform's free-text tags are not exported (IATI tags need a vocabulary).
  for (const share of of('framework')) {
    xml.open('tag', {
      vocabulary: '99',
      'vocabulary-uri': options.frameworkVocabularyUri,
      code: `${share.vocabulary}-${share.code}`,
    });
    narratives(xml, options.frameworkElements.get(`${share.vocabulary}/${share.code}`) ?? { es: '', en: '' });
    xml.close();
  }
}

function writeValue(xml: XmlWriter, row: ExportTransaction | ExportActivity['budgets'][number]): void {
  xml.leaf('value', { currency: row.currency, 'value-date': row.value_date }, amount(row));
}

function writeBudgets(xml: XmlWriter, activity: ExportActivity): void {
  for (const budget of activity.budgets) {
    xml.open('budget', { type: budget.type });
    xml.leaf('period-start', { 'iso-date': budget.period_start });
    xml.leaf('period-end', { 'iso-date': budget.period_end });
    writeValue(xml, budget);
    xml.close();
  }
}

function writeTransactionParty(
  xml: XmlWriter,
  name: 'provider-org' | 'receiver-org',
  organisation: ExportOrganisation | null,
  activityRef: string | null,
): void {
  if (organisation === null && activityRef === null) {
    return;
  }
  const activityAttribute = name === 'provider-org' ? 'provider-activity-id' : 'receiver-activity-id';
  xml.open(name, {
    ref: organisation?.iati_identifier,
    [activityAttribute]: activityRef,
    type: organisation?.type,
  });
  if (organisation !== null) {
    narratives(xml, namesOf(organisation));
  }
  xml.close();
}

function writeTransactions(
  xml: XmlWriter,
  activity: ExportActivity,
  declared: Readonly<Record<string, string>>,
): void {
  for (const transaction of activity.transactions) {
    const extensions = extensionsFrom(transaction.iati_extensions);
    xml.open('transaction', {
      ...namespaceAttributes(extensions, declared),
      ...extensions?.attributes,
    });
    xml.leaf('transaction-type', { code: transaction.type });
    xml.leaf('transaction-date', { 'iso-date': transaction.transaction_date });
    writeValue(xml, transaction);
    if (transaction.description !== '') {
      xml.open('description');
      xml.leaf('narrative', {}, transaction.description);
      xml.close();
    }
    writeTransactionParty(xml, 'provider-org', transaction.provider, transaction.providerActivityRef);
    writeTransactionParty(xml, 'receiver-org', transaction.receiver, transaction.receiverActivityRef);
    writeExtensionElements(xml, extensions, transaction.account_code);
    xml.close();
  }
}

function writeDocuments(xml: XmlWriter, row: ExportActivity['row']): void {
  const documents = JSON.parse(row.documents) as { url: string; title: Bilingual; category: string | null }[];
  for (const document of documents) {
    // The schema requires a category; a document recorded without one is left out rather than filed
    // under a category it may not belong to.
    if (document.category === null || document.category === '') {
      continue;
    }
    xml.open('document-link', { url: document.url, format: 'text/html' });
    requiredText(xml, 'title', document.title);
    xml.leaf('category', { code: document.category });
    xml.close();
  }
}

/**
 * Writes one `<iati-activity>`, its elements in the order of the IATI 2.03 schema's sequence. The caller
 * leaves out activities without any date: the schema requires an activity-date.
 */
export function writeIatiActivity(
  xml: XmlWriter,
  activity: ExportActivity,
  options: ActivityWriteOptions,
): void {
  const { row } = activity;
  const extensions = extensionsFrom(row.iati_extensions);
  const declared = activityNamespaces(activity, extensions);
  xml.open('iati-activity', {
    'last-updated-datetime': row.updated_at,
    'xml:lang': DEFAULT_LANGUAGE,
    'default-currency': row.default_currency,
    hierarchy: HIERARCHY[row.level],
    ...Object.fromEntries(Object.entries(declared).map(([prefix, uri]) => [`xmlns:${prefix}`, uri])),
    ...extensions?.attributes,
  });
  xml.leaf('iati-identifier', {}, activity.identifier);
  xml.open('reporting-org', {
    ref: organisationRef(activity.reportingOrg),
    type: activity.reportingOrg.type,
  });
  requiredNarratives(xml, namesOf(activity.reportingOrg));
  xml.close();
  requiredText(xml, 'title', { es: row.title_es, en: row.title_en });
  const description = { es: row.description_es, en: row.description_en };
  const objectives = { es: row.objectives_es, en: row.objectives_en };
  const hasObjectives = objectives.es !== '' || objectives.en !== '';
  // The schema requires a description; with only objectives, those are it.
  if (description.es !== '' || description.en !== '' || !hasObjectives) {
    requiredText(xml, 'description', description, { type: '1' });
  }
  if (hasObjectives) {
    requiredText(xml, 'description', objectives, { type: '2' });
  }
  writeParticipants(xml, activity);
  xml.leaf('activity-status', { code: row.status });
  writeDates(xml, row);
  writeShares(xml, activity, options);
  writeBudgets(xml, activity);
  writeTransactions(xml, activity, declared);
  writeDocuments(xml, row);
  if (activity.parentRef !== null) {
    xml.leaf('related-activity', { ref: activity.parentRef, type: '1' });
  }
  writeExtensionElements(xml, extensions, null);
  xml.close();
}
