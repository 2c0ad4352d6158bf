import { describe, expect, it } from 'vitest';
import en from './en.json';
import es from './es.json';

/** Every leaf of a nested resource object as `[dotted.key, value]`. */
function flatten(resource: object, prefix = ''): [string, unknown][] {
  return Object.entries(resource as Record<string, unknown>).flatMap(([key, value]): [string, unknown][] =>
    typeof value === 'object' && value !== null
      ? flatten(value, `${prefix}${key}.`)
      : [[`${prefix}${key}`, value]],
  );
}

describe('i18n resources', () => {
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
