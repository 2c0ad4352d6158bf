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
