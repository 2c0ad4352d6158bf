import { describe, expect, it } from 'vitest';
import { fieldKeyOf, problemsUnder, splitFieldProblems } from './form-problem';

describe('fieldKeyOf', () => {
  it('drops the request part the API names', () => {
    expect(fieldKeyOf('body.organisation.name.es')).toBe('organisation.name.es');
    expect(fieldKeyOf('body')).toBe('');
    expect(fieldKeyOf('query.from')).toBe('query.from');
  });
});

describe('splitFieldProblems', () => {
  const problem = (path: string, message: string) => ({ path, code: 'x', message });

  it('puts each problem next to its field and keeps the others apart', () => {
    const result = splitFieldProblems(
      [problem('body.name.es', 'required'), problem('body.countryCode', 'unknown'), problem('mfa', 'on')],
      ['name.es', 'name.en'],
    );
    expect(result.fields).toEqual({ 'name.es': 'required' });
    expect(result.other.map((error) => error.path)).toEqual(['body.countryCode', 'mfa']);
  });

  it('joins several problems of one field', () => {
    const result = splitFieldProblems([problem('body.email', 'a.'), problem('body.email', 'b.')], ['email']);
    expect(result.fields).toEqual({ email: 'a. b.' });
  });

  it('accepts a predicate for fields that repeat', () => {
    const result = splitFieldProblems([problem('body.grants.1.role', 'bad')], (key) =>
      /^grants\.\d+\.(role|organisationId|countryCode)$/.test(key),
    );
    expect(result.fields).toEqual({ 'grants.1.role': 'bad' });
  });
});

describe('problemsUnder', () => {
  it('keeps one group of fields, keyed without its prefix', () => {
    expect(
      problemsUnder({ 'organisation.name.es': 'a', 'administrator.email': 'b', type: 'c' }, 'organisation.'),
    ).toEqual({ 'name.es': 'a' });
  });
});
