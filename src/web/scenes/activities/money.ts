import type { Language } from '@/web/i18n/language';

/**
 * A decimal string (`"-1250000.5"`) with the UI language's digit grouping and decimal sign, written from the
 * digits themselves: money never passes through a float. At least `minDecimals` decimals are shown.
 */
export function formatMoney(value: string, language: Language, minDecimals = 2): string {
  const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (match === null) {
    return value;
  }
  const [, sign = '', whole = '0', fraction = ''] = match;
  const parts = new Intl.NumberFormat(language).formatToParts(11111.5);
  const group = parts.find((part) => part.type === 'group')?.value ?? ',';
  const decimal = parts.find((part) => part.type === 'decimal')?.value ?? '.';
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const decimals = fraction.padEnd(minDecimals, '0');
  return `${sign}${grouped}${decimals === '' ? '' : `${decimal}${decimals}`}`;
}

/** A percentage with up to two decimals in the UI language, e.g. `12,5 %` / `12.5%`. */
export function formatPercent(value: number, language: Language): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 2 }).format(value / 100);
}
