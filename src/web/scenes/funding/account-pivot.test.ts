import { describe, expect, it } from 'vitest';
import { pivotByAccount } from './account-pivot';

describe('pivotByAccount', () => {
  const rows = [
    { account: '72x1037', country: 'PA', fiscalYear: 2023, amountUsd: '100.10' },
    { account: '11x1022', country: 'PA', fiscalYear: 2022, amountUsd: '0.10' },
    { account: '11x1022', country: 'PA', fiscalYear: 2023, amountUsd: '0.20' },
    { account: '11x1022', country: null, fiscalYear: 2023, amountUsd: '999.00' },
    { account: '11x1022', country: 'NI', fiscalYear: 2021, amountUsd: '-5.00' },
  ];

  it('sums exactly, where floating point would not (0.10 + 0.20)', () => {
    const pivot = pivotByAccount(rows);
    const incle = pivot.accounts.find((block) => block.account === '11x1022');
    const panama = incle?.countries.find((line) => line.country === 'PA');
    expect(panama?.total).toBe('0.30');
    expect(incle?.total).toBe('994.30');
    expect(pivot.total).toBe('1094.40');
  });

  it('orders accounts and countries by their total, with no country last, and years ascending', () => {
    const pivot = pivotByAccount(rows);
    expect(pivot.years).toEqual([2021, 2022, 2023]);
    expect(pivot.accounts.map((block) => block.account)).toEqual(['11x1022', '72x1037']);
    expect(pivot.accounts[0]?.countries.map((line) => line.country)).toEqual(['PA', 'NI', null]);
  });

  it('gives each account and the whole its sums by year', () => {
    const pivot = pivotByAccount(rows);
    expect(Object.fromEntries(pivot.byYear)).toEqual({ 2021: '-5.00', 2022: '0.10', 2023: '1099.30' });
    expect(Object.fromEntries(pivot.accounts[0]?.byYear ?? [])).toEqual({
      2021: '-5.00',
      2022: '0.10',
      2023: '999.20',
    });
  });

  it('is empty without rows, and refuses an amount that is not a decimal', () => {
    expect(pivotByAccount([])).toEqual({ years: [], accounts: [], byYear: new Map(), total: '0.00' });
    expect(() => pivotByAccount([{ account: 'x', amountUsd: '1e3' }])).toThrow(RangeError);
  });
});
