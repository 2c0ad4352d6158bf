import { childrenInNamespace } from './iati-extensions';
import type { ParsedAccount } from './parsed-activity';
import { attribute, textOf, type XmlElement } from './xml-element';

/**
 * The namespaces the US government's IATI extensions are published under: ForeignAssistance.gov's (the
 * State Department's files) and Foreign Aid Explorer's (USAID's files), with the same elements.
 */
const US_NAMESPACES = new Set([
  'https://foreignassistance.gov',
  'http://foreignassistance.gov',
  'https://www.foreignassistance.gov',
  'http://www.foreignassistance.gov',
  'https://explorer.usaid.gov',
  'http://explorer.usaid.gov',
]);

/** The prefixes a file uses for the US extensions (usually `usg`). */
export function usPrefixes(namespaces: Readonly<Record<string, string>>): string[] {
  return Object.entries(namespaces)
    .filter(([, uri]) => US_NAMESPACES.has(uri.replace(/\/+$/, '')))
    .map(([prefix]) => prefix);
}

/** `72.0` → `72`; undefined unless a whole number. */
function wholeNumber(text: string | undefined): string | undefined {
  const value = Number(text);
  return text !== undefined && text.trim() !== '' && Number.isInteger(value) && value >= 0
    ? String(value)
    : undefined;
}

/**
 * The Treasury account code: as written (`11x1022`, the State Department's form), or composed from the
 * agency and main account USAID publishes separately (`72.0`, `1037.0` → `72x1037`).
 */
function accountCode(account: XmlElement, prefixes: readonly string[]): string | undefined {
  const written = attribute(account, 'code');
  if (written !== undefined) {
    return written;
  }
  const [regular] = childrenInNamespace(account, 'regular-account', prefixes);
  const [main] = childrenInNamespace(account, 'main-account', prefixes);
  const agency = wholeNumber(attribute(regular, 'code'));
  const number = wholeNumber(attribute(main, 'code'));
  return agency === undefined || number === undefined ? undefined : `${agency}x${number.padStart(4, '0')}`;
}

/** `2023`, `2006-2007`; undefined when both years are blank. */
function fiscalFundingYearOf(element: XmlElement | undefined): string | undefined {
  const begin = attribute(element, 'begin');
  const end = attribute(element, 'end');
  if (begin === undefined || end === undefined || begin === end) {
    return begin ?? end;
  }
  return `${begin}-${end}`;
}

/**
 * The US Treasury appropriation account a transaction was charged to (`usg:treasury-account`) and its
 * fiscal funding year (`usg:fiscal-funding-year`, inside the account or beside it).
 */
export function usFundingOf(
  transaction: XmlElement,
  prefixes: readonly string[],
): { account: ParsedAccount | undefined; fiscalFundingYear: string | undefined } {
  if (prefixes.length === 0) {
    return { account: undefined, fiscalFundingYear: undefined };
  }
  const [account] = childrenInNamespace(transaction, 'treasury-account', prefixes);
  if (account === undefined) {
    const [year] = childrenInNamespace(transaction, 'fiscal-funding-year', prefixes);
    return { account: undefined, fiscalFundingYear: fiscalFundingYearOf(year) };
  }
  const [main] = childrenInNamespace(account, 'main-account', prefixes);
  const [year] = [
    ...childrenInNamespace(account, 'fiscal-funding-year', prefixes),
    ...childrenInNamespace(transaction, 'fiscal-funding-year', prefixes),
  ];
  return {
    account: {
      line: account.line,
      column: account.column,
      code: accountCode(account, prefixes),
      name: (textOf(account) || textOf(main)).slice(0, 300),
    },
    fiscalFundingYear: fiscalFundingYearOf(year),
  };
}
