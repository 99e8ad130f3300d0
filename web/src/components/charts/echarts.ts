/**
 * The parts of Apache ECharts the app draws with (imported one by one, so the bundle holds
 * only these), rendered as SVG: sharp at any zoom and light on memory. Every chart also has
 * a table view and a text summary beside it.
 */
import { BarChart, HeatmapChart, ScatterChart } from 'echarts/charts';
import { GeoComponent, GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, HeatmapChart, ScatterChart, GeoComponent, GridComponent, TooltipComponent, SVGRenderer]);

export { echarts };
export type { EChartsCoreOption } from 'echarts/core';
