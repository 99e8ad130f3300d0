import { useEffect, useRef } from 'react';
import { echarts, type EChartsCoreOption } from './echarts';

import type { EChartProps } from './EChart';

/** One ECharts instance in a div, resized with its container, disposed when the page leaves. */
export default function EChartView({ option, label, height = 360, onClick }: EChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);

  useEffect(() => {
    if (!ref.current) return undefined;
    const instance = echarts.init(ref.current, undefined, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(ref.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option as EChartsCoreOption, { notMerge: true });
  }, [option]);

  useEffect(() => {
    const instance = chart.current;
    if (!instance || !onClick) return undefined;
    instance.on('click', onClick);
    return () => {
      instance.off('click', onClick);
    };
  }, [onClick]);

  return <div ref={ref} className="chart" role="img" aria-label={label} style={{ height }} />;
}
