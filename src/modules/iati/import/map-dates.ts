/** `2024-03-01` or `2024-03-01T10:00:00Z` → `2024-03-01`; undefined when it is not a real calendar date. */
export function isoDate(written: string | undefined): string | undefined {
  const date = written?.trim().slice(0, 10);
  if (date === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    return undefined;
  }
  const parsed = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date ? undefined : date;
}
