/** `<wait-by-time-chart>`: Wait by time of arrival (drawn by `waitByArrivalChart` in src/analysis/charts). */
import { customElement } from 'lit/decorators.js';
import type { RunSummary } from '../../analysis/run-summary.js';
import { waitByArrivalChart } from '../../analysis/charts/wait-by-arrival.js';
import { PlotChart, type DrawOptions } from './plot-chart.js';

@customElement('wait-by-time-chart')
export class WaitByTimeChartElement extends PlotChart<RunSummary> {
  protected get defaultHeading(): string {
    return 'Wait by time of arrival';
  }
  protected get caption(): string {
    return 'Mean minutes customers arriving at each time of day queued before service; the dashed line is the service-level target.';
  }
  protected draw(summary: RunSummary, options: DrawOptions): Element {
    return waitByArrivalChart(summary, options);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wait-by-time-chart': WaitByTimeChartElement;
  }
}
