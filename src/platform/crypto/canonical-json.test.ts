import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';

describe('canonicalJson (the text every audit hash is computed over)', () => {
  it('sorts keys by code unit at every depth, drops undefined members and writes no whitespace', () => {
    expect(
      canonicalJson({
        b: 1,
        a: { z: [3, undefined, 'x'], y: null, skip: undefined },
        B: true,
        é: 'ñ',
        '10': 0,
        '9': 1,
      }),
    ).toBe('{"10":0,"9":1,"B":true,"a":{"y":null,"z":[3,null,"x"]},"b":1,"é":"ñ"}');
  });

  it('gives the same text for equal values whatever the order they were built in', () => {
    expect(canonicalJson({ seq: 2, id: 'x', details: { b: [], a: {} } })).toBe(
      canonicalJson({ details: { a: {}, b: [] }, id: 'x', seq: 2 }),
    );
    expect(canonicalJson([])).toBe('[]');
    expect(canonicalJson({})).toBe('{}');
    expect(canonicalJson(new Date('2026-12-01T00:00:00Z'))).toBe('"2026-12-01T00:00:00.000Z"');
  });

  it('writes exactly the text of the implementation every stored audit chain was hashed with', () => {
    // The first implementation (2026-11-25), kept verbatim as the oracle: a different text for any value
    // would break the verification of chains written before.
    const original = (value: unknown): string => {
      if (value === null || typeof value === 'boolean' || typeof value === 'string') {
        return JSON.stringify(value);
      }
      if (typeof value === 'number') {
        return JSON.stringify(value);
      }
      if (value instanceof Date) {
        return JSON.stringify(value.toISOString());
      }
      if (Array.isArray(value)) {
        return `[${value.map((item) => (item === undefined ? 'null' : original(item))).join(',')}]`;
      }
      const entries = Object.entries(value as Record<string, unknown>)
        .filter(([, member]) => member !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return `{${entries.map(([key, member]) => `${JSON.stringify(key)}:${original(member)}`).join(',')}}`;
    };
    const values = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.constantFrom(null, true, false, undefined),
        fc.string({ unit: 'grapheme' }),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.integer(),
        fc.date({ noInvalidDate: true }),
        fc.array(tie('value'), { maxLength: 5 }),
        fc.sparseArray(tie('value'), { maxLength: 5 }),
        fc.dictionary(fc.string({ unit: 'grapheme', maxLength: 6 }), tie('value'), { maxKeys: 5 }),
      ),
    })).value;
    fc.assert(
      fc.property(fc.dictionary(fc.string(), values), (value) => {
        expect(canonicalJson(value)).toBe(original(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses what JSON cannot represent', () => {
    expect(() => canonicalJson({ amount: 1n })).toThrow(TypeError);
    expect(() => canonicalJson({ ratio: Number.NaN })).toThrow(TypeError);
  });
});
