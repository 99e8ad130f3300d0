import { Skeleton } from '@mantine/core';
import { lazy, Suspense } from 'react';

export interface ChartClick {
  name?: string;
  data?: unknown;
  dataIndex?: number;
  seriesIndex?: number;
}

export interface EChartProps {
  /** An ECharts option (typed loosely here so pages need not load ECharts' types or code). */
  option: object;
  /** What the chart shows, in words: its text alternative. */
  label: string;
  height?: number;
  onClick?: (params: ChartClick) => void;
}

/** ECharts is loaded with the first chart drawn, after the page's figures show: not with the page. */
const EChartView = lazy(() => import('./EChartView'));

export function EChart(props: EChartProps) {
  return (
    <Suspense fallback={<Skeleton height={props.height ?? 360} />}>
      <EChartView {...props} />
    </Suspense>
  );
}
