import type { Language } from '@/web/i18n/language';

const UNITS = [
  { unit: 'megabyte', size: 1_000_000 },
  { unit: 'kilobyte', size: 1_000 },
] as const;

/** A file size in the UI language with SI units (`176,4 kB`, `1.9 MB`); under a kilobyte in bytes. */
export function formatBytes(bytes: number, language: Language): string {
  const match = UNITS.find((candidate) => bytes >= candidate.size);
  // The short English form of a byte is "byte" whatever the number, so bytes are written out in full.
  const options: Intl.NumberFormatOptions =
    match === undefined
      ? { style: 'unit', unit: 'byte', unitDisplay: 'long' }
      : { style: 'unit', unit: match.unit, unitDisplay: 'short', maximumFractionDigits: 1 };
  return new Intl.NumberFormat(language, options).format(match === undefined ? bytes : bytes / match.size);
}

/** The share of the file read so far, 0 to 100 (an empty file counts as read). */
export function readPercent(bytesRead: number, sizeBytes: number): number {
  return sizeBytes <= 0 ? 100 : Math.min(100, Math.floor((bytesRead / sizeBytes) * 100));
}
