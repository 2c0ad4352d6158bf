import { describe, expect, it } from 'vitest';
import type { ReconciliationLine } from '@/web/api/sources';
import { isZeroAmount, lineDiffers, lineUnexplained } from './reconciliation-lines';

function line(
  published: [number, string],
  stored: [number, string],
  rejected: [number, string],
  unexplained: string,
): ReconciliationLine {
  const count = ([n, amount]: [number, string]) => ({ count: n, amount });
  return {
    currency: 'USD',
    transactionType: '2',
    account: '11x1022',
    published: count(published),
    stored: count(stored),
    rejected: count(rejected),
    unexplained,
  };
}

describe('reconciliation lines', () => {
  it('read zero exactly, in any spelling, and nothing else as zero', () => {
    expect(['0', '0.000000000', '-0', '0.0'].every(isZeroAmount)).toBe(true);
    expect(isZeroAmount('0.000000001')).toBe(false);
    expect(isZeroAmount('')).toBe(false);
  });

  it('tell a line stored whole from one with rejected money and from one missing money', () => {
    const whole = line([2, '4602780.079167'], [2, '4602780.079167000'], [0, '0'], '0');
    const rejected = line([3, '10.5'], [2, '10'], [1, '0.5'], '0');
    const missing = line([3, '10.5'], [2, '10'], [0, '0'], '0.5');
    expect([whole, rejected, missing].map(lineDiffers)).toEqual([false, true, true]);
    expect([whole, rejected, missing].map(lineUnexplained)).toEqual([false, false, true]);
  });

  it('count a transaction that went missing as unexplained even when its value was zero', () => {
    expect(lineUnexplained(line([2, '5'], [1, '5'], [0, '0'], '0'))).toBe(true);
  });
});
