import { describe, expect, it } from 'vitest';
import { detectLanguage, pickText } from './language';

describe('detectLanguage', () => {
  it('prefers the stored choice', () => {
    expect(detectLanguage('en', ['es-HN'])).toBe('en');
  });

  it('ignores a stored value that is not a supported language', () => {
    expect(detectLanguage('fr', ['en-US'])).toBe('en');
  });

  it('takes the first Spanish or English browser language', () => {
    expect(detectLanguage(null, ['fr-FR', 'en-GB', 'es-ES'])).toBe('en');
    expect(detectLanguage(null, ['ES-419', 'en'])).toBe('es');
  });

  it('falls back to Spanish', () => {
    expect(detectLanguage(null, ['fr-FR', 'de'])).toBe('es');
    expect(detectLanguage(null, [])).toBe('es');
  });
});

describe('pickText', () => {
  it('returns the text in the requested language', () => {
    expect(pickText({ es: 'Belice', en: 'Belize' }, 'en')).toBe('Belize');
  });

  it('falls back to the other language when the text is empty', () => {
    expect(pickText({ es: '', en: 'Only English' }, 'es')).toBe('Only English');
  });
});
