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

  it('refuses what JSON cannot represent', () => {
    expect(() => canonicalJson({ amount: 1n })).toThrow(TypeError);
    expect(() => canonicalJson({ ratio: Number.NaN })).toThrow(TypeError);
  });
});
