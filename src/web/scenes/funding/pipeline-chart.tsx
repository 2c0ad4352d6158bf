import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { useElementSize } from '@mantine/hooks';
import { useMemo } from 'react';
import { EChart } from '@/web/components/echart';
import { FIGURE_STAGE, STAGE_COLORS, STAGE_FIGURES, type PipelineLine } from './pipeline-stages';
import { useFundingLabels } from './use-funding-labels';
import { useMoney } from './use-money';

type BarOption = ComposeOption<
  BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

interface PipelineChartProps {
  readonly lines: readonly PipelineLine[];
  /** What the chart shows, for screen readers (the table beside it has the figures). */
  readonly label: string;
  readonly testId: string;
}

/** Horizontal bars of each line's allocated, obligated, disbursed and expended dollars. */
export function PipelineChart({ lines, label, testId }: PipelineChartProps) {
  const { stage } = useFundingLabels();
  const money = useMoney();
  const { ref, width } = useElementSize();
  // Below about 520 px the four legend entries wrap onto a second row: the plot moves down to make room.
  const top = width > 0 && width < 520 ? 64 : 40;

  const option = useMemo(
    (): BarOption => ({
      color: STAGE_FIGURES.map((figure) => STAGE_COLORS[figure]),
      legend: { top: 0, textStyle: { color: '#212529' } },
      grid: {
        left: 8,
        right: 24,
        top,
        bottom: 8,
        outerBoundsMode: 'same',
        outerBoundsContain: 'axisLabel',
      },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        valueFormatter: (value) => money.usd(String(value)),
      },
      xAxis: {
        type: 'value',
        axisLabel: {
          formatter: (value: number) => money.compact(value),
          color: '#343a40',
          hideOverlap: true,
        },
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: lines.map((line) => line.shortLabel),
        axisLabel: { color: '#212529', width: 120, overflow: 'truncate' },
      },
      series: STAGE_FIGURES.map((figure) => ({
        type: 'bar',
        name: stage(FIGURE_STAGE[figure]),
        data: lines.map((line) => money.toChartValue(line.figures[figure])),
        barMaxWidth: 14,
      })),
    }),
    [lines, stage, money, top],
  );

  return (
    <div ref={ref}>
      <EChart
        option={option}
        height={Math.max(220, lines.length * 64 + top + 20)}
        label={label}
        testId={testId}
      />
    </div>
  );
}
