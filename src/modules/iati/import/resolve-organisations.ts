import type { Transaction } from 'kysely';
import type { AuditEntry } from '@/modules/audit';
import type { ServiceContext } from '@/platform/context';
import { uuidv7 } from '@/platform/crypto/uuid';
import type { Database } from '@/platform/db/database';
import type { ImportVocabulary } from './import-vocabulary';
import type { OrganisationRef } from './organisation-ref';

/** A platform organisation an import writes against. */
export interface KnownOrganisation {
  readonly id: string;
  readonly fiscalYearStartMonth: number;
}

/** US federal bodies keep an October–September fiscal year; IATI files do not say, so we know it here. */
const fiscalYearStartFor = (iatiIdentifier: string | null): number =>
  iatiIdentifier?.startsWith('US-GOV') === true ? 10 : 1;

/**
 * Matches the organisations a file names to platform organisations — by IATI identifier, else by exact
 * name among organisations without one — and registers those not yet known (audited). Remembers them for
 * the rest of the file.
 */
export class OrganisationResolver {
  private readonly known = new Map<string, KnownOrganisation>();
  created = 0;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly vocabulary: ImportVocabulary,
  ) {}

  get(ref: OrganisationRef): KnownOrganisation {
    const organisation = this.known.get(ref.key);
    if (organisation === undefined) {
      throw new Error(`organisation ${ref.key} was not resolved`); // resolveAll runs first: a bug if reached
    }
    return organisation;
  }

  /** Resolves every reference not yet known; returns the audit entries of the organisations it created. */
  async resolveAll(trx: Transaction<Database>, refs: readonly OrganisationRef[]): Promise<AuditEntry[]> {
    const missing = new Map<string, OrganisationRef>();
    for (const ref of refs) {
      if (!this.known.has(ref.key)) {
        missing.set(ref.key, ref);
      }
    }
    if (missing.size === 0) {
      return [];
    }
    const identifiers = [...missing.values()].flatMap((ref) => ref.iatiIdentifier ?? []);
    const names = [...missing.values()]
      .filter((ref) => ref.iatiIdentifier === null)
      .map((ref) => ref.name.en || ref.name.es);
    const found = await trx
      .selectFrom('organisation')
      .select(['id', 'iati_identifier', 'name_en', 'name_es', 'fiscal_year_start_month'])
      .where((eb) =>
        eb.or([
          ...(identifiers.length > 0 ? [eb('iati_identifier', 'in', identifiers)] : []),
          ...(names.length > 0
            ? [
                eb.and([
                  eb('iati_identifier', 'is', null),
                  eb.or([eb('name_en', 'in', names), eb('name_es', 'in', names)]),
                ]),
              ]
            : []),
        ]),
      )
      .execute();
    for (const row of found) {
      const organisation = { id: row.id, fiscalYearStartMonth: row.fiscal_year_start_month };
      if (row.iati_identifier !== null) {
        this.known.set(`ref:${row.iati_identifier}`, organisation);
      } else {
        for (const name of [row.name_en, row.name_es]) {
          if (!this.known.has(`name:${name.toLowerCase()}`)) {
            this.known.set(`name:${name.toLowerCase()}`, organisation);
          }
        }
      }
    }
    const now = this.ctx.now().toISOString();
    const rows = [...missing.values()]
      .filter((ref) => !this.known.has(ref.key))
      .map((ref) => ({
        id: uuidv7(this.ctx.now()),
        name_es: ref.name.es || ref.name.en,
        name_en: ref.name.en || ref.name.es,
        iati_identifier: ref.iatiIdentifier,
        type: ref.type !== undefined && this.vocabulary.organisationTypes.has(ref.type) ? ref.type : '90',
        country_code: null,
        fiscal_year_start_month: fiscalYearStartFor(ref.iatiIdentifier),
        is_demo: 0,
        created_at: now,
        updated_at: now,
        version: 1,
        key: ref.key,
      }));
    for (let start = 0; start < rows.length; start += 300) {
      await trx
        .insertInto('organisation')
        .values(rows.slice(start, start + 300).map(({ key: _key, ...row }) => row))
        .execute();
    }
    for (const row of rows) {
      this.known.set(row.key, { id: row.id, fiscalYearStartMonth: row.fiscal_year_start_month });
    }
    this.created += rows.length;
    return rows.map((row) => ({
      action: 'organisation.create' as const,
      entity: 'organisation',
      entityId: row.id,
      details: {
        after: {
          name: { es: row.name_es, en: row.name_en },
          iatiIdentifier: row.iati_identifier,
          type: row.type,
        },
        via: 'iati.import',
      },
    }));
  }
}
