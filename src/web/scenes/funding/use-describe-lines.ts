import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { PipelineLine } from './pipeline-stages';
import { useMoney } from './use-money';

/** The figures of a chart's lines as one sentence for screen readers (the canvas is invisible to them). */
export function useDescribeLines(): (title: string, lines: readonly PipelineLine[]) => string {
  const { t } = useTranslation();
  const money = useMoney();
  return useCallback(
    (title, lines) =>
      t('funding.chartLabel', {
        title,
        values: lines
          .map((line) =>
            t('funding.chartLine', {
              name: line.label,
              obligated: money.usd(line.figures.obligated),
              disbursed: money.usd(line.figures.disbursed),
              expended: money.usd(line.figures.expended),
            }),
          )
          .join('; '),
      }),
    [t, money],
  );
}
