export {
  BoundariesOutput,
  BoundariesQuery,
  CountryCode,
  CountryOutput,
  SubdivisionCode,
  SubdivisionOutput,
} from './country.schemas';
export { listCountries } from './list-countries';
export { getCountry } from './get-country';
export { listSubdivisions } from './list-subdivisions';
export { getBoundaries } from './get-boundaries';
export { countryReferenceFiles, loadCountries } from './load-countries';
export { OrganisationInput, OrganisationOutput, OrganisationPatch } from './organisation.schemas';
export type { OrganisationRow } from './organisation.table';
export { createOrganisation } from './create-organisation';
export { updateOrganisation } from './update-organisation';
export { listOrganisations } from './list-organisations';
export { getOrganisation } from './get-organisation';
export { findOrganisation } from './organisation.repository';
export { resolveOrganisation } from './resolve-organisation';
