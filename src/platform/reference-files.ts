import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

/** A shipped reference file, read from `reference/` (never from outside the package). */
export interface ReferenceFile {
  readonly relativePath: string;
  readonly text: string;
  readonly sha256: string;
}

export function readReferenceFile(referenceDir: string, relativePath: string): ReferenceFile {
  const text = fs.readFileSync(path.join(referenceDir, relativePath), 'utf8');
  return { relativePath, text, sha256: crypto.createHash('sha256').update(text).digest('hex') };
}

/** Parses a CSV with a header row into records keyed by the header's column names. */
export function parseCsv(text: string): Record<string, string>[] {
  return parse<Record<string, string>>(text, { columns: true, skip_empty_lines: true, bom: true });
}

/** A combined checksum for a dataset made of several files. */
export function combinedSha256(files: readonly ReferenceFile[]): string {
  const hash = crypto.createHash('sha256');
  for (const file of files) {
    hash.update(`${file.relativePath}\0${file.sha256}\0`);
  }
  return hash.digest('hex');
}
