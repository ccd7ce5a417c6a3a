/** `<queue-length-chart>`: Queue through the day (drawn by `queueLengthChart` in src/analysis/charts). */
import { customElement } from 'lit/decorators.js';
import type { RunSummary } from '../../analysis/run-summary.js';
import { queueLengthChart } from '../../analysis/charts/queue-length.js';
import { PlotChart, type DrawOptions } from './plot-chart.js';

@customElement('queue-length-chart')
export class QueueLengthChartElement extends PlotChart<RunSummary> {
  protected get defaultHeading(): string {
    return 'Queue through the day';
  }
  protected get caption(): string {
    return 'Customers waiting at the counter, averaged over days and replications; the band is the 95% confidence interval.';
  }
  protected draw(summary: RunSummary, options: DrawOptions): Element {
    return queueLengthChart(summary, options);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'queue-length-chart': QueueLengthChartElement;
  }
}
