import { stringify } from 'csv-stringify/sync';

/** A cell that a spreadsheet would run as a formula (SECURITY.md F5). */
const FORMULA_START = /^[=+\-@\t\r\0]/;

/** Neutralises formulas with a leading apostrophe; the rest of the value is kept as it was. */
export function safeCell(value: string | number | null): string {
  if (value === null) {
    return '';
  }
  const text = String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** RFC 4180 CSV with a header row, CRLF line ends, a UTF-8 BOM so spreadsheets read accents right. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
): string {
  return `\uFEFF${stringify([header.map(safeCell), ...rows.map((row) => row.map(safeCell))], { record_delimiter: '\r\n' })}`;
}
