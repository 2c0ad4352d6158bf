import type { Language } from '@/web/i18n/language';

export interface Formatters {
  /** A rate with one decimal, e.g. `38,2` in Spanish and `38.2` in English. */
  readonly rate: (value: number) => string;
  readonly integer: (value: number) => string;
  /** A year without digit grouping (English would otherwise write `2,021`). */
  readonly year: (value: number) => string;
}

export function createFormatters(language: Language): Formatters {
  const rate = new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const integer = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
  const year = new Intl.NumberFormat(language, { useGrouping: false });
  return {
    rate: (value) => rate.format(value),
    integer: (value) => integer.format(value),
    year: (value) => year.format(value),
  };
}
