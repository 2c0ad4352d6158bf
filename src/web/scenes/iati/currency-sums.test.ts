import { describe, expect, it } from 'vitest';
import { pairCurrencySums } from './currency-sums';

describe('pairCurrencySums', () => {
  it('pairs both sides by currency and marks only the currencies whose sums differ', () => {
    const sums = pairCurrencySums({ USD: '5174983', EUR: '1000.50' }, { EUR: '1000.5', USD: '5000000' });
    expect(sums).toEqual([
      { currency: 'EUR', published: '1000.50', stored: '1000.5', differs: false },
      { currency: 'USD', published: '5174983', stored: '5000000', differs: true },
    ]);
  });

  it('counts a currency with nothing stored as zero, so a fully rejected currency differs', () => {
    expect(pairCurrencySums({ EUR: '1000' }, {})).toEqual([
      { currency: 'EUR', published: '1000', stored: null, differs: true },
    ]);
    expect(pairCurrencySums({ EUR: '0.00' }, {})[0]?.differs).toBe(false);
  });
});
