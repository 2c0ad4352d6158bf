import type { FrameworkOutput, FrameworkSummaryOutput } from './framework.schemas';
import type { FrameworkElementRow, FrameworkRow } from './framework.table';

export function toFrameworkSummaryOutput(row: FrameworkRow): FrameworkSummaryOutput {
  return {
    code: row.code,
    name: { es: row.name_es, en: row.name_en },
    description: { es: row.description_es, en: row.description_en },
    source: { title: row.source_title, url: row.source_url },
  };
}

export function toFrameworkOutput(
  row: FrameworkRow,
  elements: readonly FrameworkElementRow[],
): FrameworkOutput {
  const ofKind = (kind: FrameworkElementRow['kind']) =>
    elements
      .filter((element) => element.kind === kind)
      .map((element) => ({
        code: element.code,
        kind: element.kind,
        position: element.position,
        name: { es: element.name_es, en: element.name_en },
        description: { es: element.description_es, en: element.description_en },
      }));
  return {
    ...toFrameworkSummaryOutput(row),
    goals: ofKind('goal'),
    linesOfWork: ofKind('line_of_work'),
    components: ofKind('component'),
  };
}
