/** `<queue-length-chart>`: Queue through the day (drawn by `queueLengthChart` in src/analysis/charts). */
import { customElement } from 'lit/decorators.js';
import type { RunSummary } from '../../analysis/run-summary.js';
import { queueLengthChart } from '../../analysis/charts/queue-length.js';
import { PlotChart } from './plot-chart.js';

@customElement('queue-length-chart')
export class QueueLengthChartElement extends PlotChart<RunSummary> {
  protected readonly defaultHeading = 'Queue through the day';
  protected readonly caption = 'Customers waiting at the counter, averaged over days and replications; the band is the 95% confidence interval.';
  protected readonly draw = queueLengthChart;
}

declare global {
  interface HTMLElementTagNameMap {
    'queue-length-chart': QueueLengthChartElement;
  }
}
