import { describe, expect, it } from 'vitest';
import activitiesEn from './activities.en.json';
import activitiesEs from './activities.es.json';
import enBase from './en.json';
import esBase from './es.json';
import fundingEn from './funding.en.json';
import fundingEs from './funding.es.json';
import fundingSettingsEn from './funding-settings.en.json';
import fundingSettingsEs from './funding-settings.es.json';
import iatiEn from './iati.en.json';
import iatiEs from './iati.es.json';
import sourcesEn from './sources.en.json';
import sourcesEs from './sources.es.json';

// The area files are merged into one namespace (i18n.ts): a top-level key may appear in one file only.
const parts = {
  es: [esBase, activitiesEs, fundingEs, fundingSettingsEs, iatiEs, sourcesEs],
  en: [enBase, activitiesEn, fundingEn, fundingSettingsEn, iatiEn, sourcesEn],
};
const es = Object.assign({}, ...parts.es) as object;
const en = Object.assign({}, ...parts.en) as object;

/** Every leaf of a nested resource object as `[dotted.key, value]`. */
function flatten(resource: object, prefix = ''): [string, unknown][] {
  return Object.entries(resource as Record<string, unknown>).flatMap(([key, value]): [string, unknown][] =>
    typeof value === 'object' && value !== null
      ? flatten(value, `${prefix}${key}.`)
      : [[`${prefix}${key}`, value]],
  );
}

describe('i18n resources', () => {
  it.each(['es', 'en'] as const)('define each top-level key in one file only (%s)', (language) => {
    const keys = parts[language].flatMap((part) => Object.keys(part));
    expect(keys.length).toBe(new Set(keys).size);
  });

  it('have exactly the same keys in Spanish and English', () => {
    const keys = (resource: object) =>
      flatten(resource)
        .map(([key]) => key)
        .sort();
    expect(keys(en)).toEqual(keys(es));
  });

  it.each([
    ['es', es],
    ['en', en],
  ])('have no empty or non-text values in %s', (_language, resource) => {
    const invalid = flatten(resource).filter(([, value]) => typeof value !== 'string' || value.trim() === '');
    expect(invalid).toEqual([]);
  });

  it('use the same interpolation variables in both languages', () => {
    const variables = (value: unknown) =>
      [...String(value).matchAll(/{{(\w+)}}/g)].map((match) => match[1]).sort();
    const english = new Map(flatten(en));
    const mismatched = flatten(es).filter(([key, value]) => {
      return JSON.stringify(variables(value)) !== JSON.stringify(variables(english.get(key)));
    });
    expect(mismatched).toEqual([]);
  });
});
