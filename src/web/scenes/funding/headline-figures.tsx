import { Paper, SimpleGrid, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFundingPipeline } from '@/web/api/funding';
import { QueryStatus } from '@/web/components/query-status';
import { fundingQuery, type FundingFilters } from './funding-filters';
import { BALANCE_FIGURES, STAGE_FIGURES } from './pipeline-stages';
import { useMoney } from './use-money';

const FIGURES = [...STAGE_FIGURES, ...BALANCE_FIGURES] as const;

/** The portfolio's totals at each stage and its two balances, exactly as the API sums them. */
export function HeadlineFigures({ filters }: { readonly filters: FundingFilters }) {
  const { t } = useTranslation();
  const money = useMoney();
  const pipeline = useFundingPipeline(fundingQuery(filters));
  const total = pipeline.data?.total;
  return (
    <section aria-labelledby="funding-headline-title">
      <VisuallyHidden component="h2" id="funding-headline-title">
        {t('funding.headline')}
      </VisuallyHidden>
      {total === undefined ? (
        <QueryStatus queries={[pipeline]} minHeight={96} />
      ) : (
        <SimpleGrid component="dl" cols={{ base: 2, sm: 3, xl: 6 }} spacing="sm" m={0} data-testid="headline">
          {FIGURES.map((figure) => (
            <Paper key={figure} withBorder p="sm" radius="md" data-testid={`headline-${figure}`}>
              <Text component="dt" size="sm" c="dimmed" fw={600}>
                {t(`funding.figures.${figure}`)}
              </Text>
              <Text component="dd" m={0} fz="lg" fw={700} style={{ fontVariantNumeric: 'tabular-nums' }}>
                {money.usd(total[figure])}
              </Text>
              <Text component="dd" m={0} size="xs" c="dimmed">
                {t(`funding.figureHints.${figure}`)}
              </Text>
            </Paper>
          ))}
        </SimpleGrid>
      )}
    </section>
  );
}
