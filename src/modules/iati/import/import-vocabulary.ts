import type { Kysely } from 'kysely';
import type { Database } from '@/platform/db/database';

/** The codes an import checks against, read once per file (codelists and our subdivisions). */
export interface ImportVocabulary {
  readonly currencies: ReadonlySet<string>;
  readonly countries: ReadonlySet<string>;
  readonly regions: ReadonlySet<string>;
  /** DAC 5-digit purpose codes (sector vocabulary 1). */
  readonly sectors: ReadonlySet<string>;
  /** DAC 3-digit categories (sector vocabulary 2). */
  readonly sectorCategories: ReadonlySet<string>;
  readonly organisationTypes: ReadonlySet<string>;
  readonly transactionTypes: ReadonlySet<string>;
  /** ISO 3166-2 codes of the subdivisions the platform maps. */
  readonly subdivisions: ReadonlySet<string>;
}

const CODELISTS = {
  currencies: 'Currency',
  countries: 'Country',
  regions: 'Region',
  sectors: 'Sector',
  sectorCategories: 'SectorCategory',
  organisationTypes: 'OrganisationType',
  transactionTypes: 'TransactionType',
} as const;

export async function loadImportVocabulary(db: Kysely<Database>): Promise<ImportVocabulary> {
  const rows = await db
    .selectFrom('codelist_item')
    .select(['codelist_name', 'code'])
    .where('codelist_name', 'in', Object.values(CODELISTS))
    .execute();
  const byList = new Map<string, Set<string>>();
  for (const row of rows) {
    const codes = byList.get(row.codelist_name) ?? new Set<string>();
    codes.add(row.code);
    byList.set(row.codelist_name, codes);
  }
  const subdivisions = await db.selectFrom('subdivision').select('code').execute();
  const codes = (name: string) => byList.get(name) ?? new Set<string>();
  return {
    currencies: codes(CODELISTS.currencies),
    countries: codes(CODELISTS.countries),
    regions: codes(CODELISTS.regions),
    sectors: codes(CODELISTS.sectors),
    sectorCategories: codes(CODELISTS.sectorCategories),
    organisationTypes: codes(CODELISTS.organisationTypes),
    transactionTypes: codes(CODELISTS.transactionTypes),
    subdivisions: new Set(subdivisions.map((row) => row.code)),
  };
}
