import { useReducedMotion } from '@mantine/hooks';
import { BarChart, LineChart, MapChart, ScatterChart } from 'echarts/charts';
import {
  GeoComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
// `use` is ECharts' module registration, not a React hook: renamed so that neither readers nor lint mistake it.
import {
  init,
  registerMap,
  use as installParts,
  type EChartsCoreOption,
  type EChartsType,
} from 'echarts/core';
import { LabelLayout } from 'echarts/features';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { Boundaries } from '@/web/api/queries';

installParts([
  MapChart,
  LineChart,
  BarChart,
  ScatterChart,
  GeoComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  VisualMapComponent,
  LabelLayout,
  CanvasRenderer,
]);

/** Makes API boundaries available to map series as `name`; features are keyed by their ISO code. */
export function registerBoundaries(name: string, boundaries: Boundaries): void {
  registerMap(name, boundaries as unknown as Parameters<typeof registerMap>[1]);
}

interface EChartProps {
  readonly option: EChartsCoreOption;
  readonly height: number;
  /** What the chart shows, for screen readers: the canvas itself is invisible to them. */
  readonly label: string;
  readonly testId?: string;
}

/** An ECharts canvas that follows its container's size and the user's reduced-motion preference. */
export function EChart({ option, height, label, testId }: EChartProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<EChartsType | null>(null);
  const reducedMotion = useReducedMotion();

  useEffect(() => {
    const container = containerRef.current;
    if (container === null) {
      return;
    }
    const chart = init(container);
    chartRef.current = chart;
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(container);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    chartRef.current?.setOption({ ...option, animation: !reducedMotion }, { notMerge: true });
  }, [option, reducedMotion]);

  return (
    <div
      ref={containerRef}
      role="img"
      aria-label={label}
      data-testid={testId}
      style={{ height, width: '100%' }}
    />
  );
}
