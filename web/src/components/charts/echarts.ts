/**
 * The parts of Apache ECharts the app draws with (imported one by one, so the bundle holds
 * only these), rendered as SVG: sharp at any zoom and light on memory. ECharts draws the
 * world map (projection, country shapes, hover and click per country, champion markers);
 * bars and heat grids are the app's own (BarChart, HeatGrid), as ECharts' core alone is
 * 128 KB gzipped. Every chart also has a table view and a text summary beside it.
 */
import { ScatterChart } from 'echarts/charts';
import { GeoComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([ScatterChart, GeoComponent, TooltipComponent, SVGRenderer]);

export { echarts };
export type { EChartsCoreOption } from 'echarts/core';
