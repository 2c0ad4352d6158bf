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

describe('dates', () => {
  it('are written in the language’s style', () => {
    expect(createFormatters('en', 'UTC').date('2026-11-25T08:50:00.000Z')).toBe('Nov 25, 2026');
    expect(createFormatters('es', 'UTC').date('2026-11-25T08:50:00.000Z')).toBe('25 nov 2026');
    expect(createFormatters('en', 'UTC').dateTime('2026-11-25T08:50:07.000Z')).toBe(
      'Nov 25, 2026, 8:50:07 AM',
    );
  });

  it('keep text that is not a date', () => {
    expect(createFormatters('en').dateTime('soon')).toBe('soon');
  });
});
