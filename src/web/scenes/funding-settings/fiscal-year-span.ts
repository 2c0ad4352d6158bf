import type { Language } from '@/web/i18n/language';

/** The first and last month (YYYY-MM) of fiscal year `year` of an organisation starting it in `startMonth`. */
export function fiscalYearMonths(year: number, startMonth: number): { first: string; last: string } {
  const month = (value: number) => String(value).padStart(2, '0');
  if (startMonth === 1) {
    return { first: `${year}-01`, last: `${year}-12` };
  }
  // A year that starts in another month is named after the year it ends (US FY 2020: Oct 2019–Sep 2020).
  return { first: `${year - 1}-${month(startMonth)}`, last: `${year}-${month(startMonth - 1)}` };
}

function formatMonth(yearMonth: string, language: Language, options: Intl.DateTimeFormatOptions): string {
  const [year, month] = yearMonth.split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 2000, (month ?? 1) - 1, 1));
  return new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' }).format(date);
}

/** A month (YYYY-MM) as "octubre de 2019" / "October 2019", or without the year. */
export function monthName(yearMonth: string, language: Language, withYear = true): string {
  return formatMonth(yearMonth, language, withYear ? { month: 'long', year: 'numeric' } : { month: 'long' });
}

/** "Oct 2019 – Sep 2020": the months a fiscal year covers, short. */
export function fiscalYearSpan(year: number, startMonth: number, language: Language): string {
  const { first, last } = fiscalYearMonths(year, startMonth);
  const short = { month: 'short', year: 'numeric' } as const;
  return `${formatMonth(first, language, short)} – ${formatMonth(last, language, short)}`;
}
