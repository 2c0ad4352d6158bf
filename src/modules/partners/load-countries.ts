import type { Transaction } from 'kysely';
import type { Database } from '@/platform/db/database';
import { upsertRows } from '@/platform/db/upsert';
import { readReferenceFile, type ReferenceFile } from '@/platform/reference-files';
import type { CountryTable, SubdivisionTable } from './country.table';

const FILES = {
  iso: 'geo/countries_iso3166.json',
  names: 'geo/names.json',
  admin0: 'geo/central_america_admin0.geojson',
  admin1: 'geo/central_america_admin1.geojson',
} as const;

interface IsoFile {
  countries: { iso2: string; iso3: string; numeric: string }[];
  subdivisions: { parent: string; code: string }[];
}
interface Bilingual {
  es: string;
  en: string;
}
interface NamesFile {
  countries: Record<string, { name: Bilingual; currency: string; subdivisionType: Bilingual }>;
  subdivisions: Record<string, { name: Bilingual; type: Bilingual }>;
}
interface FeatureCollection {
  features: { properties: Record<string, string | null>; geometry: unknown }[];
}

/** The files the countries dataset is built from, for checksum comparison. */
export function countryReferenceFiles(referenceDir: string): ReferenceFile[] {
  return Object.values(FILES).map((file) => readReferenceFile(referenceDir, file));
}

/**
 * Loads the seven countries and their ISO 3166-2 subdivisions (names es/en, types, boundaries).
 * Idempotent: rows are upserted by code.
 * @throws Error when the shipped files disagree (a subdivision without names) — a packaging defect.
 */
export async function loadCountries(
  trx: Transaction<Database>,
  files: readonly ReferenceFile[],
): Promise<number> {
  const [iso, names, admin0, admin1] = files.map((file): unknown => JSON.parse(file.text)) as [
    IsoFile,
    NamesFile,
    FeatureCollection,
    FeatureCollection,
  ];
  const countryBoundaries = geometriesBy(admin0, 'iso_a2');
  const subdivisionBoundaries = geometriesBy(admin1, 'iso_3166_2_current');

  const countries: CountryTable[] = iso.countries.map((country) => {
    const named = required(names.countries[country.iso2], `country ${country.iso2}`);
    return {
      code: country.iso2,
      iso3: country.iso3,
      numeric_code: country.numeric,
      name_es: named.name.es,
      name_en: named.name.en,
      currency: named.currency,
      subdivision_type_es: named.subdivisionType.es,
      subdivision_type_en: named.subdivisionType.en,
      boundary: countryBoundaries.get(country.iso2) ?? null,
    };
  });
  const subdivisions: SubdivisionTable[] = iso.subdivisions.map((subdivision) => {
    const named = required(names.subdivisions[subdivision.code], `subdivision ${subdivision.code}`);
    return {
      code: subdivision.code,
      country_code: subdivision.parent,
      name_es: named.name.es,
      name_en: named.name.en,
      type_es: named.type.es,
      type_en: named.type.en,
      boundary: subdivisionBoundaries.get(subdivision.code) ?? null,
    };
  });
  await upsertRows(trx, 'country', countries, ['code']);
  await upsertRows(trx, 'subdivision', subdivisions, ['code']);
  return countries.length + subdivisions.length;
}

function geometriesBy(collection: FeatureCollection, property: string): Map<string, string> {
  const geometries = new Map<string, string>();
  for (const feature of collection.features) {
    const key = feature.properties[property];
    if (key) {
      geometries.set(key, JSON.stringify(feature.geometry));
    }
  }
  return geometries;
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) {
    throw new Error(`reference/geo/names.json has no entry for ${what}`);
  }
  return value;
}
