import { allocate } from '@/shared/money';
import { UNSPECIFIED, type Share, type ShareDimension } from './activity-shares';

/** One part of a split: the dimension values it falls under and its whole cents and billionths. */
export interface SplitPart {
  readonly values: Partial<Record<ShareDimension, string | null>>;
  readonly cents: bigint;
  readonly nanos: bigint;
}

/**
 * Splits an amount over the joint shares of `dimensions` (the product of their percentages), by largest
 * remainder, so the parts add up exactly to the amount. Activities without shares in a dimension count
 * whole under `null`. The order of parts is fixed, so the same money always splits the same way.
 */
export function splitByShares(
  amount: { cents: bigint; nanos: bigint },
  dimensions: readonly { dimension: ShareDimension; shares: readonly Share[] | undefined }[],
): SplitPart[] {
  let combos: { values: SplitPart['values']; weight: bigint }[] = [{ values: {}, weight: 1n }];
  for (const { dimension, shares } of dimensions) {
    const usable = shares !== undefined && shares.some((share) => share.weight > 0n) ? shares : UNSPECIFIED;
    combos = combos.flatMap((combo) =>
      usable.map((share) => ({
        values: { ...combo.values, [dimension]: share.value },
        weight: combo.weight * share.weight,
      })),
    );
  }
  const weights = combos.map((combo) => combo.weight);
  const cents = allocate(amount.cents, weights);
  const nanos = allocate(amount.nanos, weights);
  return combos.map((combo, index) => ({
    values: combo.values,
    cents: cents[index] ?? 0n,
    nanos: nanos[index] ?? 0n,
  }));
}
