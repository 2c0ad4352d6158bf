import type { ParsedOrganisation } from '../parse/parsed-activity';

/**
 * An organisation named in a file, before it is matched to (or registered as) a platform organisation:
 * by its IATI identifier when it has one, else by its name.
 */
export interface OrganisationRef {
  readonly key: string;
  readonly iatiIdentifier: string | null;
  readonly name: { readonly es: string; readonly en: string };
  readonly type: string | undefined;
}

/** The reference of a published organisation; undefined when it has neither identifier nor name. */
export function organisationRefOf(organisation: ParsedOrganisation | undefined): OrganisationRef | undefined {
  if (organisation === undefined) {
    return undefined;
  }
  const other = Object.values(organisation.name)[0];
  const es = organisation.name.es ?? '';
  const en = organisation.name.en ?? (es === '' ? (other ?? '') : '');
  const ref = organisation.ref?.slice(0, 150);
  if (ref === undefined && es === '' && en === '') {
    return undefined;
  }
  const name = { es: es.slice(0, 300), en: (en === '' && es === '' ? (ref ?? '') : en).slice(0, 300) };
  const key = ref === undefined ? `name:${(name.en || name.es).toLowerCase()}` : `ref:${ref}`;
  const sameAs = `${key}\u0001${name.es}\u0001${name.en}\u0001${organisation.type ?? ''}`;
  let shared = issued.get(sameAs);
  if (shared === undefined) {
    if (issued.size >= ISSUED_KEPT) {
      issued.clear();
    }
    shared = { key, iatiIdentifier: ref ?? null, name, type: organisation.type };
    issued.set(sameAs, shared);
  }
  return shared;
}

/**
 * References already made, by everything they hold: a file names the same few organisations on most of its
 * transactions, and one shared (read-only) object per organisation crosses from the reading thread to the
 * writing one once per batch instead of once per transaction. Forgotten after each batch
 * (`forgetOrganisationRefs`): the sharing only pays within one message, and the names are slices of the
 * chunks read, which kept for a whole file would keep the chunks too.
 */
const issued = new Map<string, OrganisationRef>();
const ISSUED_KEPT = 10_000;

/** Starts a new set of shared references (the reading thread calls it when it has sent a batch). */
export function forgetOrganisationRefs(): void {
  issued.clear();
}
