const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** `2024-03-01` or `2024-03-01T10:00:00Z` → `2024-03-01`; undefined when it is not a real calendar date. */
export function isoDate(written: string | undefined): string | undefined {
  const date = written?.trim().slice(0, 10);
  if (date === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    return undefined;
  }
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && !leap ? 28 : (DAYS_IN_MONTH[month - 1] ?? 0);
  return day >= 1 && day <= days ? date : undefined;
}
