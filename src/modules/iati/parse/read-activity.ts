import { extensionsOf, namespacesInside } from './iati-extensions';
import type { FoundActivity } from './read-iati-stream';
import { usFundingOf, usPrefixes } from './us-treasury-account';
import type {
  Narratives,
  ParsedActivity,
  ParsedBudget,
  ParsedOrganisation,
  ParsedShare,
  ParsedTransaction,
  ParsedValue,
} from './parsed-activity';
import {
  activityDateTypeV2,
  organisationRoleV2,
  sectorVocabularyV2,
  transactionTypeV2,
} from './version-1-codes';
import { attribute, childNamed, childrenNamed, fingerprintOf, textOf, type XmlElement } from './xml-element';

/** Narratives of an element by language; 1.0x files put the text in the element itself. */
function narrativesOf(element: XmlElement | undefined, lang: string): Narratives {
  const texts: Record<string, string> = {};
  if (element === undefined) {
    return texts;
  }
  const narratives = childrenNamed(element, 'narrative');
  const sources = narratives.length > 0 ? narratives : [element];
  for (const source of sources) {
    const text = textOf(source);
    const language = (attribute(source, 'xml:lang') ?? attribute(element, 'xml:lang') ?? lang).toLowerCase();
    if (text !== '' && texts[language] === undefined) {
      texts[language] = text;
    }
  }
  return texts;
}

/** The date part of an ISO date or date-time (`iso-date`, or the text in 1.0x files). */
function isoDateOf(element: XmlElement | undefined, name = 'iso-date'): string | undefined {
  if (element === undefined) {
    return undefined;
  }
  const written = attribute(element, name) ?? textOf(element);
  return written === '' ? undefined : written;
}

function organisationOf(element: XmlElement | undefined, lang: string, activityIdAttribute?: string) {
  if (element === undefined) {
    return undefined;
  }
  const organisation: ParsedOrganisation = {
    line: element.line,
    column: element.column,
    ref: attribute(element, 'ref'),
    type: attribute(element, 'type'),
    name: narrativesOf(element, lang),
    role: organisationRoleV2(attribute(element, 'role')),
    activityId: activityIdAttribute === undefined ? undefined : attribute(element, activityIdAttribute),
  };
  return organisation;
}

function sharesOf(parent: XmlElement, name: string): ParsedShare[] {
  return childrenNamed(parent, name).map((element) => ({
    line: element.line,
    column: element.column,
    code: attribute(element, 'code') ?? textOf(element),
    vocabulary:
      name === 'sector'
        ? sectorVocabularyV2(attribute(element, 'vocabulary'))
        : attribute(element, 'vocabulary'),
    percentage: attribute(element, 'percentage'),
  }));
}

function valueOf(element: XmlElement | undefined): ParsedValue | undefined {
  return element === undefined
    ? undefined
    : {
        line: element.line,
        column: element.column,
        text: textOf(element),
        currency: attribute(element, 'currency')?.toUpperCase(),
        valueDate: attribute(element, 'value-date'),
      };
}

function transactionOf(element: XmlElement, lang: string, around: ExtensionScope): ParsedTransaction {
  const namespaces = namespacesInside(element, around.namespaces);
  const scope =
    namespaces === around.namespaces ? around : { namespaces, usPrefixes: usPrefixes(namespaces) };
  const typeElement = childNamed(element, 'transaction-type');
  const typeAsWritten = attribute(typeElement, 'code') ?? (textOf(typeElement) || undefined);
  const { account, fiscalFundingYear } = usFundingOf(element, scope.usPrefixes);
  return {
    line: element.line,
    column: element.column,
    type: transactionTypeV2(typeAsWritten),
    typeAsWritten,
    date: isoDateOf(childNamed(element, 'transaction-date')),
    value: valueOf(childNamed(element, 'value')),
    description: narrativesOf(childNamed(element, 'description'), lang),
    provider: organisationOf(childNamed(element, 'provider-org'), lang, 'provider-activity-id'),
    receiver: organisationOf(childNamed(element, 'receiver-org'), lang, 'receiver-activity-id'),
    countries: sharesOf(element, 'recipient-country'),
    regions: sharesOf(element, 'recipient-region'),
    sectors: sharesOf(element, 'sector'),
    account, // not spread: a literal with a spread is built property by property (once per transaction)
    fiscalFundingYear,
    extensions: extensionsOf(element, scope.namespaces),
  };
}

/** The namespaces around an activity, and the prefixes among them that stand for the US extensions. */
interface ExtensionScope {
  readonly namespaces: Readonly<Record<string, string>>;
  readonly usPrefixes: readonly string[];
}

function budgetOf(element: XmlElement): ParsedBudget {
  return {
    line: element.line,
    column: element.column,
    type: attribute(element, 'type'),
    periodStart: isoDateOf(childNamed(element, 'period-start')),
    periodEnd: isoDateOf(childNamed(element, 'period-end')),
    value: valueOf(childNamed(element, 'value')),
  };
}

function pointOf(location: XmlElement) {
  const [latitude, longitude] = textOf(childNamed(childNamed(location, 'point') ?? location, 'pos'))
    .split(' ')
    .map(Number);
  return latitude === undefined || longitude === undefined || !Number.isFinite(latitude + longitude)
    ? undefined
    : { latitude, longitude };
}

/** Reads an `<iati-activity>` element into the published facts, 1.0x codes mapped to 2.0x. */
export function readActivity(found: FoundActivity): ParsedActivity {
  const { element } = found;
  const lang = (attribute(element, 'xml:lang') ?? found.lang ?? 'en').toLowerCase();
  const descriptions = childrenNamed(element, 'description');
  const described = (type: string) =>
    descriptions.find((description) => (attribute(description, 'type') ?? '1') === type);
  const scope: ExtensionScope = { namespaces: found.namespaces, usPrefixes: usPrefixes(found.namespaces) };
  return {
    line: element.line,
    column: element.column,
    identifier: textOf(childNamed(element, 'iati-identifier')),
    fingerprint: fingerprintOf(element),
    version: attribute(element, 'version') ?? found.version,
    lang,
    defaultCurrency: attribute(element, 'default-currency')?.toUpperCase(),
    wrappedIn: found.wrappedIn,
    reportingOrg: organisationOf(childNamed(element, 'reporting-org'), lang),
    title: narrativesOf(childNamed(element, 'title'), lang),
    description: narrativesOf(described('1'), lang),
    objectives: narrativesOf(described('2'), lang),
    status: attribute(childNamed(element, 'activity-status'), 'code'),
    dates: childrenNamed(element, 'activity-date').map((date) => ({
      line: date.line,
      column: date.column,
      type: activityDateTypeV2(attribute(date, 'type')),
      date: isoDateOf(date),
    })),
    participants: childrenNamed(element, 'participating-org').flatMap(
      (participant) => organisationOf(participant, lang) ?? [],
    ),
    countries: sharesOf(element, 'recipient-country'),
    regions: sharesOf(element, 'recipient-region'),
    sectors: sharesOf(element, 'sector'),
    locations: childrenNamed(element, 'location').map((location) => ({
      line: location.line,
      column: location.column,
      ref: attribute(location, 'ref'),
      name: narrativesOf(childNamed(location, 'name'), lang),
      codes: [
        ...childrenNamed(location, 'administrative'),
        ...childrenNamed(location, 'location-id'),
      ].flatMap((code) => attribute(code, 'code') ?? []),
      point: pointOf(location),
    })),
    documents: childrenNamed(element, 'document-link').map((document) => ({
      line: document.line,
      column: document.column,
      url: attribute(document, 'url'),
      title: narrativesOf(childNamed(document, 'title'), lang),
      category: attribute(childNamed(document, 'category'), 'code'),
    })),
    transactions: childrenNamed(element, 'transaction').map((transaction) =>
      transactionOf(transaction, lang, scope),
    ),
    budgets: childrenNamed(element, 'budget').map(budgetOf),
    extensions: extensionsOf(element, found.namespaces),
  };
}
