import { Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFundingPipeline } from '@/web/api/funding';
import { QueryStatus } from '@/web/components/query-status';
import { Section } from '@/web/components/section';
import { useFormat } from '@/web/hooks/use-format';
import { FiscalYearChart } from './fiscal-year-chart';
import { fiscalYearSpan, fundingQuery, type FundingFilters } from './funding-filters';
import type { PipelineLine } from './pipeline-stages';
import { PipelineTable } from './pipeline-table';
import { useDescribeLines } from './use-describe-lines';

/** Funding by US fiscal year and stage, FY 2008–2026: a line per stage and the table of every year. */
export function FiscalYearSection({ filters }: { readonly filters: FundingFilters }) {
  const { t } = useTranslation();
  const format = useFormat();
  const describe = useDescribeLines();
  const pipeline = useFundingPipeline(fundingQuery(filters, ['fiscalYear']));
  const { fiscalYearFrom, fiscalYearTo } = filters;
  const years = useMemo(
    () => fiscalYearSpan({ fiscalYearFrom, fiscalYearTo }),
    [fiscalYearFrom, fiscalYearTo],
  );
  const from = format.year(years[0] ?? 0);
  const to = format.year(years[years.length - 1] ?? 0);

  const rows = pipeline.data?.rows;
  const lines = useMemo(
    () =>
      (rows ?? []).map((row): PipelineLine => ({
        key: String(row.fiscalYear),
        label: t('funding.fiscalYearShort', { year: format.year(row.fiscalYear ?? 0) }),
        shortLabel: format.year(row.fiscalYear ?? 0),
        figures: row,
      })),
    [rows, t, format],
  );
  const title = t('funding.byYear.title', { from, to });

  return (
    <Section title={title} intro={t('funding.byYear.intro')} testId="funding-by-fiscal-year">
      {pipeline.data === undefined ? (
        <QueryStatus queries={[pipeline]} minHeight={340} />
      ) : lines.length === 0 ? (
        <Text>{t('funding.none')}</Text>
      ) : (
        <>
          <FiscalYearChart years={years} lines={lines} label={describe(title, lines)} />
          <PipelineTable
            dimension={t('funding.byYear.column')}
            lines={lines}
            total={pipeline.data.total}
            caption={t('funding.byYear.caption')}
            testId="funding-fiscal-year-table"
          />
        </>
      )}
    </Section>
  );
}
