import type { Language } from '@/web/i18n/language';

export interface Formatters {
  /** A rate with one decimal, e.g. `38,2` in Spanish and `38.2` in English. */
  readonly rate: (value: number) => string;
  readonly integer: (value: number) => string;
  /** A year without digit grouping (English would otherwise write `2,021`). */
  readonly year: (value: number) => string;
  /** An ISO timestamp as date and time in the reader's time zone; text that is not a date is kept. */
  readonly dateTime: (iso: string) => string;
  /** An ISO timestamp as a date in the reader's time zone; text that is not a date is kept. */
  readonly date: (iso: string) => string;
}

export function createFormatters(language: Language, timeZone?: string): Formatters {
  const rate = new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const integer = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
  const year = new Intl.NumberFormat(language, { useGrouping: false });
  const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium', timeZone });
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone });
  const formatDate = (format: Intl.DateTimeFormat) => (iso: string) => {
    const time = Date.parse(iso);
    return Number.isNaN(time) ? iso : format.format(time);
  };
  return {
    rate: (value) => rate.format(value),
    integer: (value) => integer.format(value),
    year: (value) => year.format(value),
    dateTime: formatDate(dateTime),
    date: formatDate(date),
  };
}
