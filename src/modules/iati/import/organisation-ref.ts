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
  return {
    key: ref === undefined ? `name:${(name.en || name.es).toLowerCase()}` : `ref:${ref}`,
    iatiIdentifier: ref ?? null,
    name,
    type: organisation.type,
  };
}
