import { Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFundingPipeline } from '@/web/api/funding';
import { QueryStatus } from '@/web/components/query-status';
import { Section } from '@/web/components/section';
import { fundingQuery, type FundingFilters } from './funding-filters';
import { PipelineChart } from './pipeline-chart';
import type { PipelineLine } from './pipeline-stages';
import { PipelineTable } from './pipeline-table';
import { useFundingLabels } from './use-funding-labels';
import { useDescribeLines } from './use-describe-lines';

interface PipelineSectionProps {
  readonly dimension: 'goal' | 'country';
  readonly filters: FundingFilters;
}

/** Funding by CARSI goal or by country: bars of each stage and the pipeline table with its balances. */
export function PipelineSection({ dimension, filters }: PipelineSectionProps) {
  const { t } = useTranslation();
  const { goal, goalShort, country } = useFundingLabels();
  const describe = useDescribeLines();
  const pipeline = useFundingPipeline(fundingQuery(filters, [dimension]));
  const title = t(`funding.by.${dimension}.title`);

  const rows = pipeline.data?.rows;
  const lines = useMemo(() => {
    const named = (rows ?? []).map((row): PipelineLine => {
      const code = row[dimension] ?? null;
      return {
        key: code ?? '-',
        label: dimension === 'goal' ? goal(code) : country(code),
        shortLabel: dimension === 'goal' ? goalShort(code) : country(code),
        figures: row,
      };
    });
    // Goals keep their order (1–5); countries read best alphabetically. Either way the rest comes last.
    return dimension === 'goal'
      ? named
      : named.toSorted((a, b) =>
          a.key === '-' || b.key === '-'
            ? Number(a.key === '-') - Number(b.key === '-')
            : a.label.localeCompare(b.label),
        );
  }, [rows, dimension, goal, goalShort, country]);

  return (
    <Section title={title} intro={t(`funding.by.${dimension}.intro`)} testId={`funding-by-${dimension}`}>
      {pipeline.data === undefined ? (
        <QueryStatus queries={[pipeline]} minHeight={280} />
      ) : lines.length === 0 ? (
        <Text>{t('funding.none')}</Text>
      ) : (
        <>
          <PipelineChart lines={lines} label={describe(title, lines)} testId={`funding-${dimension}-chart`} />
          <PipelineTable
            dimension={t(`funding.by.${dimension}.column`)}
            lines={lines}
            total={pipeline.data.total}
            caption={t(`funding.by.${dimension}.caption`)}
            testId={`funding-${dimension}-table`}
          />
        </>
      )}
    </Section>
  );
}
