import type { MapSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import type { GeoComponentOption, TooltipComponentOption } from 'echarts/components';
import { type ComposeOption, format as echartsFormat } from 'echarts/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity } from '@/web/api/activities';
import type { Boundaries } from '@/web/api/queries';
import { EChart, registerBoundaries } from '@/web/components/echart';

type LocationsOption = ComposeOption<
  GeoComponentOption | MapSeriesOption | ScatterSeriesOption | TooltipComponentOption
>;

interface LocationsMapProps {
  readonly locations: Activity['locations'];
  /** The subdivisions of every partner country; the map shows the countries the locations are in. */
  readonly boundaries: Boundaries;
  readonly nameOf: (code: string) => string;
}

/** The activity's subdivisions highlighted on their countries' maps, with a dot for each point given. */
export function LocationsMap({ locations, boundaries, nameOf }: LocationsMapProps) {
  const { t } = useTranslation();
  const countries = [...new Set(locations.map((location) => location.subdivisionCode.slice(0, 2)))].sort();
  const mapName = `carsi-activity-${countries.join('-')}`;
  const codes = new Set(locations.map((location) => location.subdivisionCode));

  const option = useMemo((): LocationsOption => {
    // Registration is global and idempotent; it must happen before an option naming the map reaches ECharts.
    registerBoundaries(mapName, {
      ...boundaries,
      features: boundaries.features.filter((feature) => countries.includes(feature.properties.countryCode)),
    });
    return {
      tooltip: {
        trigger: 'item',
        formatter: (params) => {
          const { name } = params as { name: string };
          return echartsFormat.encodeHTML(`${nameOf(name)} (${name})`);
        },
      },
      geo: {
        map: mapName,
        nameProperty: 'code',
        aspectScale: 0.97,
        left: 8,
        right: 8,
        top: 8,
        bottom: 8,
        roam: false,
        selectedMode: false,
        itemStyle: { areaColor: '#e9ecef', borderColor: '#868e96', borderWidth: 0.6 },
        emphasis: { label: { show: false }, itemStyle: { areaColor: '#74c0fc' } },
        regions: [...codes].map((code) => ({
          name: code,
          itemStyle: { areaColor: '#1971c2', borderColor: '#ffffff' },
        })),
      },
      series: [
        {
          type: 'scatter',
          coordinateSystem: 'geo',
          symbolSize: 12,
          itemStyle: { color: '#e8590c', borderColor: '#ffffff', borderWidth: 2 },
          data: locations
            .filter((location) => location.latitude !== null && location.longitude !== null)
            .map((location) => ({
              name: location.name === '' ? location.subdivisionCode : location.name,
              value: [location.longitude ?? 0, location.latitude ?? 0],
            })),
        },
      ],
    };
    // `countries` and `codes` are derived from `locations`, which is in the list.
  }, [boundaries, locations, mapName, nameOf]); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <EChart
      option={option}
      height={420}
      label={t('activities.locations.mapLabel', {
        names: [...codes].map((code) => nameOf(code)).join(', '),
      })}
      testId="locations-map"
    />
  );
}
