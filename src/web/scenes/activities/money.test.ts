import { describe, expect, it } from 'vitest';
import { formatMoney, formatPercent } from './money';

describe('formatMoney', () => {
  it('groups the digits of the exact decimal in the UI language', () => {
    expect(formatMoney('1250000.5', 'en')).toBe('1,250,000.50');
    expect(formatMoney('-1250000.123456789', 'en')).toBe('-1,250,000.123456789');
    expect(formatMoney('12345678901234567.25', 'en')).toBe('12,345,678,901,234,567.25');
    expect(formatMoney('1250000', 'es')).toMatch(/^1.250.000,00$/);
  });

  it('keeps text that is not a decimal', () => {
    expect(formatMoney('n/a', 'en')).toBe('n/a');
  });
});

describe('formatPercent', () => {
  it('shows up to two decimals', () => {
    expect(formatPercent(12.5, 'en')).toBe('12.5%');
    expect(formatPercent(100, 'en')).toBe('100%');
  });
});
