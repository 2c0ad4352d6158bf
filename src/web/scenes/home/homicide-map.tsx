import { Text } from '@mantine/core';
import type { MapSeriesOption } from 'echarts/charts';
import type { TooltipComponentOption, VisualMapComponentOption } from 'echarts/components';
import { type ComposeOption, format as echartsFormat } from 'echarts/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type Country, useBoundaries } from '@/web/api/queries';
import { EChart, registerBoundaries } from '@/web/components/echart';
import { QueryStatus } from '@/web/components/query-status';
import { useFormat } from '@/web/hooks/use-format';
import { useLanguage } from '@/web/hooks/use-language';

type MapOption = ComposeOption<MapSeriesOption | TooltipComponentOption | VisualMapComponentOption>;

const MAP_NAME = 'carsi-countries';
/**
 * Light to dark red, evenly spaced over the scale. Most rates lie below 40 while the scale reaches past 130, so
 * the ramp changes fastest at its light end; the legend bar shows the same ramp, so it still reads true.
 */
const RAMP = ['#fff3e6', '#fdc88f', '#f88d4b', '#e3542a', '#c52a1a', '#a11613', '#7d0c0c', '#560707'];
const NO_DATA = '#c9c9c9';

interface HomicideMapProps {
  readonly countries: readonly Country[];
  readonly rates: ReadonlyMap<string, number>;
  readonly year: number;
  /** Top of the colour scale, the same for every year so that colours compare across years. */
  readonly maximum: number;
}

/** The seven countries coloured by their homicide rate in `year`; grey where there is no rate. */
export function HomicideMap({ countries, rates, year, maximum }: HomicideMapProps) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const format = useFormat();
  const boundaries = useBoundaries();

  const option = useMemo((): MapOption | undefined => {
    if (boundaries.data === undefined) {
      return undefined;
    }
    // Registration is global and idempotent; it must happen before an option naming the map reaches ECharts.
    registerBoundaries(MAP_NAME, boundaries.data);
    const names = new Map(countries.map((country) => [country.code, pick(country.name)]));
    const nameOf = (code: string) => names.get(code) ?? code;
    return {
      tooltip: {
        trigger: 'item',
        formatter: (params) => {
          const { name, value } = params as { name: string; value: unknown };
          const rate =
            typeof value === 'number' && !Number.isNaN(value) ? format.rate(value) : t('common.noData');
          return echartsFormat.encodeHTML(`${nameOf(name)}: ${rate}`);
        },
      },
      visualMap: {
        type: 'continuous',
        min: 0,
        max: maximum,
        text: [format.integer(maximum), format.integer(0)],
        inRange: { color: RAMP },
        left: 0,
        bottom: 0,
        itemWidth: 12,
        itemHeight: 110,
        textStyle: { color: '#343a40' },
        formatter: (value) => format.integer(Number(value)),
      },
      series: [
        {
          type: 'map',
          map: MAP_NAME,
          nameProperty: 'code',
          // Central America lies around 13° N, where a degree of longitude is cos(13°) ≈ 0.97 of one of latitude.
          aspectScale: 0.97,
          // The box the map fits into; the left margin leaves room for the colour legend.
          left: 72,
          right: 8,
          top: 8,
          bottom: 8,
          roam: false,
          selectedMode: false,
          emphasis: { disabled: true },
          itemStyle: { areaColor: NO_DATA, borderColor: '#ffffff', borderWidth: 1 },
          label: {
            show: true,
            formatter: ({ name }) => nameOf(name),
            fontSize: 11,
            color: '#212529',
            textBorderColor: '#ffffff',
            textBorderWidth: 2,
          },
          labelLayout: { hideOverlap: true },
          data: [...rates].map(([code, value]) => ({ name: code, value })),
        },
      ],
    };
  }, [boundaries.data, countries, rates, maximum, pick, format, t]);

  if (option === undefined) {
    return <QueryStatus queries={[boundaries]} minHeight={360} />;
  }
  const values = countries.map((country) => {
    const rate = rates.get(country.code);
    return `${pick(country.name)}: ${rate === undefined ? t('common.noData') : format.rate(rate)}`;
  });
  return (
    <>
      <EChart
        option={option}
        height={360}
        label={t('homicide.mapLabel', { year: format.year(year), values: values.join('; ') })}
        testId="homicide-map"
      />
      <Text size="xs" c="dimmed">
        {t('common.boundaryNote')}
      </Text>
    </>
  );
}
