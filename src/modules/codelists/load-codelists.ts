import fs from 'node:fs';
import path from 'node:path';
import type { Transaction } from 'kysely';
import type { Database } from '@/platform/db/database';
import { upsertRows } from '@/platform/db/upsert';
import { readReferenceFile, type ReferenceFile } from '@/platform/reference-files';
import type { CodelistItemTable, CodelistTable } from './codelist.table';

const CODELIST_DIRS = ['iati/codelists/embedded', 'iati/codelists/non-embedded'];
const SPANISH_FILE = 'iati/codelists_es.json';

interface CodelistFile {
  name: string;
  embedded: string;
  complete: string;
  items: {
    code: string;
    name: { en?: string | null };
    description: { en: string | null } | null;
    category: string | null;
    status: string | null;
    withdrawal_date: string | null;
  }[];
}

/** Every IATI codelist file shipped, plus our Spanish labels (last). */
export function codelistReferenceFiles(referenceDir: string): ReferenceFile[] {
  const files = CODELIST_DIRS.flatMap((dir) =>
    fs
      .readdirSync(path.join(referenceDir, dir))
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => readReferenceFile(referenceDir, `${dir}/${name}`)),
  );
  return [...files, readReferenceFile(referenceDir, SPANISH_FILE)];
}

/** Loads the IATI 2.03 codelists with the Spanish labels the product ships. Idempotent. */
export async function loadCodelists(
  trx: Transaction<Database>,
  files: readonly ReferenceFile[],
): Promise<number> {
  const spanishFile = files.at(-1);
  const spanish = JSON.parse(spanishFile?.text ?? '{}') as Record<string, Record<string, string>>;
  const codelists: CodelistTable[] = [];
  const items: CodelistItemTable[] = [];
  for (const file of files.slice(0, -1)) {
    const codelist = JSON.parse(file.text) as CodelistFile;
    codelists.push({
      name: codelist.name,
      embedded: codelist.embedded === '1' ? 1 : 0,
      complete: codelist.complete === '1' ? 1 : 0,
    });
    // IATI's FileFormat list repeats two MIME types; the first occurrence wins.
    const seen = new Set<string>();
    codelist.items.forEach((item, index) => {
      if (seen.has(item.code)) {
        return;
      }
      seen.add(item.code);
      items.push({
        codelist_name: codelist.name,
        code: item.code,
        position: index + 1,
        name_en: item.name.en ?? item.code,
        name_es: spanish[codelist.name]?.[item.code] ?? null,
        description_en: item.description?.en ?? null,
        category: item.category,
        status: item.status ?? 'active',
        withdrawal_date: item.withdrawal_date,
      });
    });
  }
  await upsertRows(trx, 'codelist', codelists, ['name']);
  await upsertRows(trx, 'codelist_item', items, ['codelist_name', 'code']);
  return codelists.length + items.length;
}
