import type { CodelistOutput, CodelistSummaryOutput } from './codelist.schemas';
import type { CodelistItemRow, CodelistRow } from './codelist.table';

const IATI_SOURCE =
  'IATI Standard 2.03 (http://iatistandard.org/), CC BY 4.0; Spanish labels: CARSI platform';

export function toCodelistSummaryOutput(
  row: Pick<CodelistRow, 'name' | 'embedded' | 'complete'> & { item_count: number | null },
): CodelistSummaryOutput {
  return {
    name: row.name,
    embedded: row.embedded === 1,
    complete: row.complete === 1,
    itemCount: Number(row.item_count ?? 0),
  };
}

export function toCodelistOutput(row: CodelistRow, items: readonly CodelistItemRow[]): CodelistOutput {
  return {
    name: row.name,
    embedded: row.embedded === 1,
    complete: row.complete === 1,
    source: IATI_SOURCE,
    items: items.map((item) => ({
      code: item.code,
      name: { es: item.name_es ?? item.name_en, en: item.name_en },
      translated: item.name_es !== null,
      description: item.description_en,
      category: item.category,
      status: item.status,
      withdrawalDate: item.withdrawal_date,
    })),
  };
}
