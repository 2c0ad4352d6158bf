import { useMemo } from 'react';
import { useLanguage } from '@/web/hooks/use-language';

/** A decimal string as the API sends money (`"1250000.50"`). */
type Decimal = `${number}`;

interface MoneyFormatters {
  /** US dollars rounded to whole dollars, formatted from the exact decimal string (never through a float). */
  readonly usd: (amount: string) => string;
  /** US dollars rounded to whole dollars without the symbol, for table columns headed in USD. */
  readonly dollars: (amount: string) => string;
  /** An amount in its own currency with every decimal it has, from the exact decimal string. */
  readonly exact: (amount: string, currency: string) => string;
  /** A short form for chart axes and tooltips (`1,3 M US$`); charts plot numbers anyway. */
  readonly compact: (amount: number) => string;
  /** A decimal string as a number, for chart values only (never for sums shown as figures). */
  readonly toChartValue: (amount: string) => number;
}

/** Money formatters for the current UI language. */
export function useMoney(): MoneyFormatters {
  const { language } = useLanguage();
  return useMemo(() => {
    const usd = new Intl.NumberFormat(language, {
      style: 'currency',
      currency: 'USD',
      maximumFractionDigits: 0,
    });
    const dollars = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
    const compact = new Intl.NumberFormat(language, {
      style: 'currency',
      currency: 'USD',
      notation: 'compact',
      maximumFractionDigits: 1,
    });
    const exact = new Map<string, Intl.NumberFormat>();
    const exactFormat = (currency: string) => {
      let format = exact.get(currency);
      if (format === undefined) {
        format = new Intl.NumberFormat(language, { style: 'currency', currency, maximumFractionDigits: 9 });
        exact.set(currency, format);
      }
      return format;
    };
    return {
      usd: (amount) => usd.format(amount as Decimal),
      dollars: (amount) => dollars.format(amount as Decimal),
      exact: (amount, currency) => exactFormat(currency).format(amount as Decimal),
      compact: (amount) => compact.format(amount),
      toChartValue: (amount) => Number(amount),
    };
  }, [language]);
}
