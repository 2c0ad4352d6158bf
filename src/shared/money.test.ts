import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allocate,
  divideRounded,
  formatCents,
  formatNanos,
  parseDecimal,
  toUnitsAndNanos,
  toUsdCents,
} from './money';

describe('exact money', () => {
  it('reads and writes decimals without losing a digit', () => {
    expect(parseDecimal('1114875769.3361660')).toBe(1_114_875_769_336_166_000n);
    expect(formatNanos(parseDecimal('-15709657') ?? 0n)).toBe('-15709657');
    expect(formatNanos(parseDecimal('0.000000001') ?? 0n)).toBe('0.000000001');
    expect(formatCents(-5n)).toBe('-0.05');
    expect(parseDecimal('1e5')).toBeUndefined();
    expect(parseDecimal('12.3456789012')).toBeUndefined();
  });

  it('round-trips every decimal through units and nanos, as the database stores them', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 26n), max: 10n ** 26n }), (nanos) => {
        const { units, nanos: fraction } = toUnitsAndNanos(nanos);
        expect(units * 1_000_000_000n + BigInt(fraction)).toBe(nanos);
        expect(parseDecimal(formatNanos(nanos))).toBe(nanos);
      }),
    );
  });

  it('converts to US cents at a rate, rounding half to even', () => {
    expect(toUsdCents(parseDecimal('7.75') ?? 0n, '7.75')).toBe(100n);
    expect(toUsdCents(parseDecimal('100') ?? 0n, '8.75')).toBe(1143n); // 11.428… dollars
    expect(toUsdCents(parseDecimal('1') ?? 0n, '1.4052599998e-9')).toBe(71_161_208_612n);
    expect(divideRounded(5n, 2n)).toBe(2n);
    expect(divideRounded(7n, 2n)).toBe(4n);
    expect(divideRounded(-5n, 2n)).toBe(-2n);
  });

  it('splits by percentages without creating or losing a cent', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 12 }),
        (total, percentages) => {
          const weights = percentages.map(BigInt);
          const parts = allocate(total, weights);
          const sum = weights.reduce((a, b) => a + b, 0n);
          if (sum === 0n) {
            expect(parts.every((part) => part === 0n)).toBe(true);
            return;
          }
          expect(parts.reduce((a, b) => a + b, 0n)).toBe(total);
          parts.forEach((part, index) => {
            // each part is within one unit of its exact share
            const exactTimesSum = total * (weights[index] ?? 0n);
            const difference = part * sum - exactTimesSum;
            expect(difference < 0n ? -difference : difference).toBeLessThan(sum);
          });
        },
      ),
    );
  });
});
