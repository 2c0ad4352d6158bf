import { Text } from '@mantine/core';
import type { MapSeriesOption } from 'echarts/charts';
import type { TooltipComponentOption } from 'echarts/components';
import { type ComposeOption, format as echartsFormat } from 'echarts/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoundaries } from '@/web/api/queries';
import { EChart, registerBoundaries } from '@/web/components/echart';
import { QueryStatus } from '@/web/components/query-status';
import { useLanguage } from '@/web/hooks/use-language';

type SubdivisionMapOption = ComposeOption<MapSeriesOption | TooltipComponentOption>;

interface SubdivisionMapProps {
  readonly countryCode: string;
  readonly countryName: string;
}

/** The country's first-level subdivisions; hovering one shows its name and ISO 3166-2 code. */
export function SubdivisionMap({ countryCode, countryName }: SubdivisionMapProps) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const boundaries = useBoundaries(countryCode);
  const mapName = `carsi-subdivisions-${countryCode}`;

  const names = useMemo(
    () =>
      new Map(
        (boundaries.data?.features ?? []).map((feature) => [feature.id, pick(feature.properties.name)]),
      ),
    [boundaries.data, pick],
  );
  const option = useMemo((): SubdivisionMapOption | undefined => {
    if (boundaries.data === undefined) {
      return undefined;
    }
    // Registration is global and idempotent; it must happen before an option naming the map reaches ECharts.
    registerBoundaries(mapName, boundaries.data);
    return {
      tooltip: {
        trigger: 'item',
        formatter: (params) => {
          const { name } = params as { name: string };
          return echartsFormat.encodeHTML(`${names.get(name) ?? name} (${name})`);
        },
      },
      series: [
        {
          type: 'map',
          map: mapName,
          nameProperty: 'code',
          aspectScale: 0.97,
          left: 8,
          right: 8,
          top: 8,
          bottom: 8,
          roam: false,
          selectedMode: false,
          label: { show: false },
          itemStyle: { areaColor: '#a5d8ff', borderColor: '#1864ab', borderWidth: 0.8 },
          emphasis: { label: { show: false }, itemStyle: { areaColor: '#1971c2' } },
        },
      ],
    };
  }, [boundaries.data, mapName, names]);

  if (option === undefined) {
    return <QueryStatus queries={[boundaries]} minHeight={360} />;
  }
  return (
    <>
      <EChart
        option={option}
        height={420}
        label={t('partners.mapLabel', {
          country: countryName,
          number: names.size,
          names: [...names.values()].join(', '),
        })}
        testId="subdivision-map"
      />
      <Text size="xs" c="dimmed">
        {t('common.boundaryNote')}
      </Text>
    </>
  );
}
