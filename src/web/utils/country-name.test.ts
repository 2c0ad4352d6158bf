import { describe, expect, it } from 'vitest';
import { countryName } from './country-name';

describe('countryName', () => {
  it('names a country in the UI language', () => {
    expect(countryName('DE', 'es')).toBe('Alemania');
    expect(countryName('gt', 'en')).toBe('Guatemala');
  });

  it('falls back for codes it does not know', () => {
    expect(countryName('QQ', 'es', 'Unknown')).toBe('Unknown');
    expect(countryName('12345', 'en')).toBe('12345');
  });
});
