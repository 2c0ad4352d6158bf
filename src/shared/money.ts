/**
 * Exact money arithmetic on BigInt (never floats). Amounts are carried as integers scaled by 10^9
 * ("nanos"), enough for every decimal published in IATI data; US-dollar figures are whole cents.
 * Isomorphic: the server computes with it and the web app formats with it.
 */

export const NANOS_PER_UNIT = 1_000_000_000n;

const DECIMAL = /^([+-])?(\d{1,18})(?:\.(\d{1,9}))?$/;

/** `"-1234.5"` → -1234500000000n (nanos); undefined when it is not a plain decimal with ≤ 9 decimals. */
export function parseDecimal(text: string): bigint | undefined {
  const match = DECIMAL.exec(text.trim());
  if (match === null) {
    return undefined;
  }
  const [, sign, whole = '0', fraction = ''] = match;
  const magnitude = BigInt(whole) * NANOS_PER_UNIT + BigInt(fraction.padEnd(9, '0'));
  return sign === '-' ? -magnitude : magnitude;
}

/** Formats an integer scaled by 10^scale as a decimal string without trailing zeros beyond `minDecimals`. */
export function formatScaled(value: bigint, scale: number, minDecimals = 0): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  let fraction = scale === 0 ? '' : digits.slice(digits.length - scale);
  while (fraction.length > minDecimals && fraction.endsWith('0')) {
    fraction = fraction.slice(0, -1);
  }
  const text = fraction === '' ? whole : `${whole}.${fraction}`;
  return negative && /[1-9]/.test(text) ? `-${text}` : text;
}

export const formatNanos = (nanos: bigint): string => formatScaled(nanos, 9);
export const formatCents = (cents: bigint): string => formatScaled(cents, 2, 2);

/** Splits nanos into whole units and billionths of the same sign, as the database stores them. */
export function toUnitsAndNanos(value: bigint): { units: bigint; nanos: number } {
  const units = value / NANOS_PER_UNIT; // BigInt division truncates toward zero: same sign for both parts
  return { units, nanos: Number(value - units * NANOS_PER_UNIT) };
}

export function fromUnitsAndNanos(units: bigint | number | string, nanos: bigint | number | string): bigint {
  return BigInt(units) * NANOS_PER_UNIT + BigInt(nanos);
}

/** Divides and rounds half to even (banker's rounding), so rounding errors do not drift one way. */
export function divideRounded(numerator: bigint, denominator: bigint): bigint {
  if (denominator < 0n) {
    return divideRounded(-numerator, -denominator);
  }
  const quotient = numerator / denominator;
  const remainder = numerator - quotient * denominator;
  const twice = 2n * (remainder < 0n ? -remainder : remainder);
  if (twice < denominator || (twice === denominator && quotient % 2n === 0n)) {
    return quotient;
  }
  return remainder < 0n ? quotient - 1n : quotient + 1n;
}

/** A positive decimal rate such as `"7.75"` or `"1.40526e-9"` as an exact fraction; undefined if invalid. */
export function parseRate(text: string): { numerator: bigint; denominator: bigint } | undefined {
  const match = /^(\d{1,20})(?:\.(\d{1,20}))?(?:[eE]([+-]?\d{1,3}))?$/.exec(text.trim());
  if (match === null) {
    return undefined;
  }
  const [, whole = '0', fraction = '', exponentText = '0'] = match;
  let numerator = BigInt(whole + fraction);
  let denominator = 10n ** BigInt(fraction.length);
  const exponent = Number(exponentText);
  if (exponent >= 0) {
    numerator *= 10n ** BigInt(exponent);
  } else {
    denominator *= 10n ** BigInt(-exponent);
  }
  return numerator === 0n ? undefined : { numerator, denominator };
}

/** Rates already parsed, by their text: an import prices tens of thousands of values at a few hundred rates. */
const parsedRates = new Map<string, { numerator: bigint; denominator: bigint }>();
const PARSED_RATES_KEPT = 10_000;

/** US cents of an amount (in nanos of a currency) at `unitsPerUsd`, rounded half to even. */
export function toUsdCents(amountNanos: bigint, unitsPerUsd: string): bigint {
  let rate = parsedRates.get(unitsPerUsd);
  if (rate === undefined) {
    rate = parseRate(unitsPerUsd);
    if (rate === undefined) {
      throw new RangeError(`not a rate: ${unitsPerUsd}`);
    }
    if (parsedRates.size >= PARSED_RATES_KEPT) {
      parsedRates.clear();
    }
    parsedRates.set(unitsPerUsd, rate);
  }
  // usd = amount / rate = (nanos / 1e9) * denominator / numerator; cents = usd * 100
  return divideRounded(amountNanos * 100n * rate.denominator, NANOS_PER_UNIT * rate.numerator);
}

/**
 * Splits `total` into integer parts proportional to `weights` (largest remainder, ties to the earlier
 * part), so the parts always add up to exactly `total`: a split never creates or loses money.
 */
export function allocate(total: bigint, weights: readonly bigint[]): bigint[] {
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0n);
  if (weightSum === 0n) {
    return weights.map(() => 0n);
  }
  const negative = total < 0n;
  const magnitude = negative ? -total : total;
  const parts = weights.map((weight) => (magnitude * weight) / weightSum);
  let rest = magnitude - parts.reduce((sum, part) => sum + part, 0n);
  const order = weights
    .map((weight, index) => ({ index, remainder: (magnitude * weight) % weightSum }))
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const { index } of order) {
    if (rest === 0n) {
      break;
    }
    parts[index] = (parts[index] ?? 0n) + 1n;
    rest -= 1n;
  }
  return negative ? parts.map((part) => -part) : parts;
}
