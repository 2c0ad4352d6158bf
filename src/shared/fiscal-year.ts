/**
 * The fiscal year a date (YYYY-MM-DD) falls in, for an organisation whose fiscal year starts in
 * `startMonth` (1 = calendar year; 10 = US federal, October–September, named after the year it ends).
 */
export function fiscalYearOf(date: string, startMonth: number): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return startMonth === 1 || month < startMonth ? year : year + 1;
}
