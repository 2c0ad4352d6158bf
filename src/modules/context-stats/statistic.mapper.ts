import type { Bilingual } from '@/platform/api-schemas';
import type { StatisticDatasetOutput } from './statistic.schemas';
import type { StatisticDatasetRow } from './statistic.table';

export function toStatisticDatasetOutput(row: StatisticDatasetRow): StatisticDatasetOutput {
  return {
    id: row.id,
    indicator: row.indicator,
    level: row.level,
    title: { es: row.title_es, en: row.title_en },
    publisher: row.publisher,
    licence: row.licence,
    url: row.url,
    caveats: JSON.parse(row.caveats) as Bilingual[],
  };
}
