import type { IatiExtensions } from './iati-extensions';

/** Where in the file something was written (1-based). */
export interface Located {
  readonly line: number;
  readonly column: number;
}

/** Texts by language (`es`, `en`, `fr`, …): the first narrative of each language. */
export type Narratives = Readonly<Record<string, string>>;

export interface ParsedOrganisation extends Located {
  readonly ref: string | undefined;
  readonly type: string | undefined;
  readonly name: Narratives;
  /** OrganisationRole in 2.0x form (participating organisations). */
  readonly role: string | undefined;
  /** provider-activity-id / receiver-activity-id (transactions). */
  readonly activityId: string | undefined;
}

export interface ParsedShare extends Located {
  readonly code: string;
  readonly vocabulary: string | undefined;
  /** As written; undefined when absent. */
  readonly percentage: string | undefined;
}

export interface ParsedValue extends Located {
  /** The value's text as written. */
  readonly text: string;
  readonly currency: string | undefined;
  readonly valueDate: string | undefined;
}

/** The US Treasury appropriation account of a transaction (`usg:treasury-account`), as published. */
export interface ParsedAccount extends Located {
  /** `11x1022`; undefined when the file gives no usable code. */
  readonly code: string | undefined;
  /** The account's name as published (`International Narcotics Control and Law Enforcement`). */
  readonly name: string;
}

export interface ParsedTransaction extends Located {
  /** TransactionType in 2.0x form, and as written. */
  readonly type: string | undefined;
  readonly typeAsWritten: string | undefined;
  readonly date: string | undefined;
  readonly value: ParsedValue | undefined;
  readonly description: Narratives;
  readonly provider: ParsedOrganisation | undefined;
  readonly receiver: ParsedOrganisation | undefined;
  readonly countries: readonly ParsedShare[];
  readonly regions: readonly ParsedShare[];
  readonly sectors: readonly ParsedShare[];
  readonly account: ParsedAccount | undefined;
  /** `usg:fiscal-funding-year`: `2023`, `2006-2007`; undefined when absent or blank. */
  readonly fiscalFundingYear: string | undefined;
  /** Elements and attributes of other namespaces, as published. */
  readonly extensions: IatiExtensions | undefined;
}

export interface ParsedBudget extends Located {
  readonly type: string | undefined;
  readonly periodStart: string | undefined;
  readonly periodEnd: string | undefined;
  readonly value: ParsedValue | undefined;
}

export interface ParsedLocation extends Located {
  readonly ref: string | undefined;
  readonly name: Narratives;
  /** Codes of `administrative` and `location-id` elements. */
  readonly codes: readonly string[];
  readonly point: { readonly latitude: number; readonly longitude: number } | undefined;
}

export interface ParsedDocument extends Located {
  readonly url: string | undefined;
  readonly title: Narratives;
  readonly category: string | undefined;
}

export interface ParsedDate extends Located {
  /** ActivityDateType in 2.0x form (1 planned start, 2 actual start, 3 planned end, 4 actual end). */
  readonly type: string | undefined;
  readonly date: string | undefined;
}

/** One `<iati-activity>` as published, with 1.0x codes already in their 2.0x form. */
export interface ParsedActivity extends Located {
  readonly identifier: string;
  /** SHA-256 of what the element publishes, positions and formatting left out (xml-element.ts). */
  readonly fingerprint: string;
  readonly version: string | undefined;
  readonly lang: string;
  readonly defaultCurrency: string | undefined;
  readonly wrappedIn: string | undefined;
  readonly reportingOrg: ParsedOrganisation | undefined;
  readonly title: Narratives;
  readonly description: Narratives;
  readonly objectives: Narratives;
  readonly status: string | undefined;
  readonly dates: readonly ParsedDate[];
  readonly participants: readonly ParsedOrganisation[];
  readonly countries: readonly ParsedShare[];
  readonly regions: readonly ParsedShare[];
  readonly sectors: readonly ParsedShare[];
  readonly locations: readonly ParsedLocation[];
  readonly documents: readonly ParsedDocument[];
  readonly transactions: readonly ParsedTransaction[];
  readonly budgets: readonly ParsedBudget[];
  /** Elements and attributes of other namespaces on `<iati-activity>`, as published. */
  readonly extensions: IatiExtensions | undefined;
}
