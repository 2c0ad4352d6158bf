import { NativeSelect, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFundingSummary } from '@/web/api/funding';
import { QueryStatus } from '@/web/components/query-status';
import { Section } from '@/web/components/section';
import { pivotByAccount } from './account-pivot';
import { AccountTable } from './account-table';
import { fundingQuery, type FundingFilters } from './funding-filters';
import { FIGURE_STAGE, STAGE_FIGURES, type StageFigure } from './pipeline-stages';
import { useFundingLabels } from './use-funding-labels';
import { useMoney } from './use-money';

/**
 * Money charged to a US appropriation account, by account × country × fiscal year, for one stage (summing
 * obligations and disbursements together would count the same money twice).
 */
export function AccountSection({ filters }: { readonly filters: FundingFilters }) {
  const { t } = useTranslation();
  const labels = useFundingLabels();
  const money = useMoney();
  const [figure, setFigure] = useState<StageFigure>('obligated');
  const summary = useFundingSummary({
    ...fundingQuery(filters, ['account', 'country', 'fiscalYear']),
    stage: FIGURE_STAGE[figure],
    appropriated: 'true',
  });
  const rows = summary.data?.rows;
  const pivot = useMemo(() => (rows === undefined ? undefined : pivotByAccount(rows)), [rows]);
  const stage = labels.stage(FIGURE_STAGE[figure]);

  return (
    <Section
      title={t('funding.byAccount.title')}
      intro={t('funding.byAccount.intro')}
      testId="funding-by-account"
    >
      <NativeSelect
        label={t('funding.byAccount.stage')}
        value={figure}
        onChange={(event) => setFigure(event.currentTarget.value as StageFigure)}
        data={STAGE_FIGURES.map((value) => ({ value, label: labels.stage(FIGURE_STAGE[value]) }))}
        w={220}
        data-testid="account-stage"
      />
      {pivot === undefined || summary.data === undefined ? (
        <QueryStatus queries={[summary]} minHeight={200} />
      ) : pivot.accounts.length === 0 ? (
        <Text data-testid="account-empty">{t('funding.byAccount.none', { stage })}</Text>
      ) : (
        <>
          <AccountTable pivot={pivot} caption={t('funding.byAccount.caption', { stage })} />
          <Text size="sm" data-testid="account-summary">
            {t('funding.byAccount.summary', {
              total: money.exact(summary.data.totalUsd, 'USD'),
              transactions: summary.data.transactions,
            })}
          </Text>
        </>
      )}
    </Section>
  );
}
