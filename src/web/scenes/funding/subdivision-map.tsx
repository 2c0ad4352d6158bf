import type { MapSeriesOption } from 'echarts/charts';
import type { TooltipComponentOption, VisualMapComponentOption } from 'echarts/components';
import { type ComposeOption, format as echartsFormat } from 'echarts/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Boundaries } from '@/web/api/queries';
import { EChart, registerBoundaries } from '@/web/components/echart';

type MapOption = ComposeOption<MapSeriesOption | TooltipComponentOption | VisualMapComponentOption>;

const MAP_NAME = 'carsi-subdivisions';
const NO_DATA = '#c9c9c9';

interface SubdivisionMapProps {
  readonly boundaries: Boundaries;
  /** The value of each subdivision by ISO 3166-2 code; subdivisions without one stay grey. */
  readonly values: ReadonlyMap<string, number>;
  readonly maximum: number;
  /** Light to dark, evenly spaced from 0 to `maximum`. */
  readonly ramp: readonly string[];
  readonly formatValue: (value: number) => string;
  readonly nameOf: (code: string) => string;
  readonly label: string;
  readonly testId: string;
}

/** The first-level subdivisions of the seven countries, coloured by a value. */
export function SubdivisionMap(props: SubdivisionMapProps) {
  const { boundaries, values, maximum, ramp, formatValue, nameOf, label, testId } = props;
  const { t } = useTranslation();

  const option = useMemo((): MapOption => {
    // Registration is global and idempotent; it must happen before an option naming the map reaches ECharts.
    registerBoundaries(MAP_NAME, boundaries);
    return {
      tooltip: {
        trigger: 'item',
        formatter: (params) => {
          const { name, value } = params as { name: string; value: unknown };
          const text =
            typeof value === 'number' && !Number.isNaN(value) ? formatValue(value) : t('common.noData');
          return echartsFormat.encodeHTML(`${nameOf(name)}: ${text}`);
        },
      },
      visualMap: {
        type: 'continuous',
        min: 0,
        max: Math.max(maximum, 1),
        text: [formatValue(maximum), formatValue(0)],
        inRange: { color: [...ramp] },
        orient: 'horizontal',
        left: 'center',
        bottom: 0,
        itemWidth: 12,
        itemHeight: 160,
        textStyle: { color: '#343a40' },
        formatter: (value) => formatValue(Number(value)),
      },
      series: [
        {
          type: 'map',
          map: MAP_NAME,
          nameProperty: 'code',
          // Central America lies around 13° N, where a degree of longitude is cos(13°) ≈ 0.97 of one of latitude.
          aspectScale: 0.97,
          left: 8,
          right: 8,
          top: 8,
          bottom: 48,
          roam: false,
          selectedMode: false,
          emphasis: { disabled: true },
          itemStyle: { areaColor: NO_DATA, borderColor: '#ffffff', borderWidth: 0.5 },
          data: [...values].map(([code, value]) => ({ name: code, value })),
        },
      ],
    };
  }, [boundaries, values, maximum, ramp, formatValue, nameOf, t]);

  return <EChart option={option} height={340} label={label} testId={testId} />;
}
