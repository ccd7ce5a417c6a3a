/** `<wait-by-time-chart>`: Wait by time of arrival (drawn by `waitByArrivalChart` in src/analysis/charts). */
import { customElement } from 'lit/decorators.js';
import type { RunSummary } from '../../analysis/run-summary.js';
import { waitByArrivalChart } from '../../analysis/charts/wait-by-arrival.js';
import { PlotChart } from './plot-chart.js';

@customElement('wait-by-time-chart')
export class WaitByTimeChartElement extends PlotChart<RunSummary> {
  protected readonly defaultHeading = 'Wait by time of arrival';
  protected readonly caption = 'Mean minutes customers arriving at each time of day queued before service; the dashed line is the service-level target.';
  protected readonly draw = waitByArrivalChart;
}

declare global {
  interface HTMLElementTagNameMap {
    'wait-by-time-chart': WaitByTimeChartElement;
  }
}
