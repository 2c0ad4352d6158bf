import { useElementSize } from '@mantine/hooks';
import type { LineSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Country, HomicideRate } from '@/web/api/queries';
import { EChart } from '@/web/components/echart';
import { useFormat } from '@/web/hooks/use-format';
import { useLanguage } from '@/web/hooks/use-language';
import { latestRates, seriesByCountry, spanYears } from '@/web/utils/homicide';

type TrendOption = ComposeOption<
  | LineSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | TooltipComponentOption
>;

/** Okabe–Ito colours, told apart by most colour-blind readers; each line also has its own marker shape. */
const COLORS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#000000'];
const SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'roundRect', 'pin', 'arrow'];

/**
 * Space above the plot for the legend rows and the axis name. ECharts wraps a wide legend but does not move
 * the plot down, so the number of rows is estimated from the names (12 px text, marker, gap).
 */
function plotTop(names: readonly string[], width: number): number {
  const legendWidth = names.reduce((total, name) => total + name.length * 7 + 40, 0);
  const rows = width > 0 ? Math.ceil(legendWidth / width) : 1;
  return rows * 24 + 40;
}

interface HomicideTrendProps {
  readonly countries: readonly Country[];
  readonly rates: readonly HomicideRate[];
  readonly years: readonly number[];
  /** The chosen year, marked with a vertical line. */
  readonly year: number;
}

/** One line per country of its rate over the years; gaps in a series stay gaps. */
export function HomicideTrend({ countries, rates, years, year }: HomicideTrendProps) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const format = useFormat();
  const { ref, width } = useElementSize();

  const option = useMemo((): TrendOption => {
    const axisYears = spanYears(years);
    const names = countries.map((country) => pick(country.name));
    const series = seriesByCountry(
      rates,
      countries.map((country) => country.code),
      axisYears,
    );
    return {
      color: COLORS,
      legend: { top: 0, textStyle: { color: '#212529' } },
      grid: { left: 48, right: 24, top: plotTop(names, width), bottom: 32 },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (value) => (typeof value === 'number' ? format.rate(value) : t('common.noData')),
      },
      xAxis: { type: 'category', boundaryGap: false, data: axisYears.map((value) => format.year(value)) },
      yAxis: {
        type: 'value',
        name: t('homicide.rate'),
        nameTextStyle: { align: 'left', color: '#343a40' },
        axisLabel: { formatter: (value: number) => format.integer(value) },
      },
      series: countries.map((country, index) => ({
        type: 'line',
        name: names[index],
        data: series.get(country.code) ?? [],
        symbol: SYMBOLS[index % SYMBOLS.length],
        symbolSize: 6,
        connectNulls: false,
        markLine:
          index === 0
            ? {
                silent: true,
                symbol: 'none',
                label: { formatter: format.year(year), color: '#343a40' },
                lineStyle: { color: '#495057', type: 'dashed' },
                data: [{ xAxis: format.year(year) }],
              }
            : undefined,
      })),
    };
  }, [countries, rates, years, year, width, pick, format, t]);

  const latest = latestRates(rates);
  const summary = countries.flatMap((country) => {
    const last = latest.get(country.code);
    return last === undefined
      ? []
      : [
          t('homicide.valueInYear', {
            country: pick(country.name),
            value: format.rate(last.value),
            year: format.year(last.year),
          }),
        ];
  });
  return (
    <div ref={ref}>
      <EChart
        option={option}
        height={400}
        label={t('homicide.trendLabel', {
          from: format.year(years[0] ?? year),
          to: format.year(years[years.length - 1] ?? year),
          values: summary.join('; '),
        })}
        testId="homicide-trend"
      />
    </div>
  );
}
