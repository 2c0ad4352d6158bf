import { describe, expect, it } from 'vitest';
import { tokenFromFragment } from './use-fragment-token';

describe('tokenFromFragment', () => {
  it('reads the token of a setup or reset link', () => {
    expect(tokenFromFragment('#token=olRx22Z5o5aNom842CzJ-_')).toBe('olRx22Z5o5aNom842CzJ-_');
    expect(tokenFromFragment('#other=1&token=abc')).toBe('abc');
  });

  it('is null without a token', () => {
    expect(tokenFromFragment('')).toBeNull();
    expect(tokenFromFragment('#token=')).toBeNull();
    expect(tokenFromFragment('#section')).toBeNull();
  });
});
