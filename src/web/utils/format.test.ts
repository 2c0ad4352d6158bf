import { describe, expect, it } from 'vitest';
import { createFormatters } from './format';

describe('createFormatters', () => {
  it('writes rates with one decimal in the language’s style', () => {
    expect(createFormatters('es').rate(38.202595)).toBe('38,2');
    expect(createFormatters('en').rate(38.202595)).toBe('38.2');
    expect(createFormatters('en').rate(7)).toBe('7.0');
  });

  it('writes years without grouping', () => {
    expect(createFormatters('en').year(2021)).toBe('2021');
    expect(createFormatters('es').year(2021)).toBe('2021');
  });

  it('groups large integers', () => {
    expect(createFormatters('en').integer(12345)).toBe('12,345');
    expect(createFormatters('es').integer(12345)).toBe('12.345');
  });
});
