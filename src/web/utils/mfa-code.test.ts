import { describe, expect, it } from 'vitest';
import { normaliseMfaCode } from './mfa-code';

describe('normaliseMfaCode', () => {
  it('accepts six digits, with the spaces and dashes apps show', () => {
    expect(normaliseMfaCode('123456')).toBe('123456');
    expect(normaliseMfaCode(' 123 456 ')).toBe('123456');
    expect(normaliseMfaCode('123-456')).toBe('123456');
  });

  it('refuses anything else', () => {
    expect(normaliseMfaCode('12345')).toBeNull();
    expect(normaliseMfaCode('1234567')).toBeNull();
    expect(normaliseMfaCode('12345a')).toBeNull();
  });
});
