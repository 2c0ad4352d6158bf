import type { LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { useMemo } from 'react';
import { EChart } from '@/web/components/echart';
import { useFormat } from '@/web/hooks/use-format';
import { FIGURE_STAGE, STAGE_COLORS, STAGE_FIGURES, type PipelineLine } from './pipeline-stages';
import { useFundingLabels } from './use-funding-labels';
import { useMoney } from './use-money';

type LineOption = ComposeOption<
  LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

const SYMBOLS = ['circle', 'rect', 'triangle', 'diamond'];

interface FiscalYearChartProps {
  /** The years of the axis, every one of them, so that a year without money shows as zero. */
  readonly years: readonly number[];
  /** One line per fiscal year that has money, keyed by the year. */
  readonly lines: readonly PipelineLine[];
  readonly label: string;
}

/** One line per stage (allocated, obligated, disbursed, expended) over the fiscal years. */
export function FiscalYearChart({ years, lines, label }: FiscalYearChartProps) {
  const { stage } = useFundingLabels();
  const money = useMoney();
  const format = useFormat();

  const option = useMemo((): LineOption => {
    const byYear = new Map(lines.map((line) => [line.key, line.figures]));
    return {
      color: STAGE_FIGURES.map((figure) => STAGE_COLORS[figure]),
      legend: { top: 0, textStyle: { color: '#212529' } },
      grid: {
        left: 8,
        right: 24,
        top: 48,
        bottom: 8,
        outerBoundsMode: 'same',
        outerBoundsContain: 'axisLabel',
      },
      tooltip: { trigger: 'axis', valueFormatter: (value) => money.usd(String(value)) },
      xAxis: {
        type: 'category',
        boundaryGap: false,
        data: years.map((year) => format.year(year)),
        axisLabel: { color: '#343a40' },
      },
      yAxis: {
        type: 'value',
        axisLabel: { formatter: (value: number) => money.compact(value), color: '#343a40' },
      },
      series: STAGE_FIGURES.map((figure, index) => ({
        type: 'line',
        name: stage(FIGURE_STAGE[figure]),
        symbol: SYMBOLS[index],
        symbolSize: 6,
        data: years.map((year) => {
          const figures = byYear.get(String(year));
          return figures === undefined ? 0 : money.toChartValue(figures[figure]);
        }),
      })),
    };
  }, [years, lines, stage, money, format]);

  return <EChart option={option} height={340} label={label} testId="funding-fiscal-year-chart" />;
}
