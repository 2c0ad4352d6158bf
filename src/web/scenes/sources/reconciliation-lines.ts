import type { ReconciliationLine } from '@/web/api/sources';
import { parseDecimal } from '@/shared/money';

/** True when an exact decimal string is zero (`"0"`, `"0.000"`, `"-0"`); text that is not a decimal is not. */
export function isZeroAmount(amount: string): boolean {
  return parseDecimal(amount) === 0n;
}

/** True when some of what the file published on this line was not stored (rejected or unexplained). */
export function lineDiffers(line: ReconciliationLine): boolean {
  return (
    line.published.count !== line.stored.count ||
    parseDecimal(line.published.amount) !== parseDecimal(line.stored.amount)
  );
}

/** True when the line's difference is not explained by rejected transactions: money or a count is missing. */
export function lineUnexplained(line: ReconciliationLine): boolean {
  return !isZeroAmount(line.unexplained) || line.published.count !== line.stored.count + line.rejected.count;
}
