/** `<wait-histogram-chart>`: Wait-time distribution (drawn by `waitHistogramChart` in src/analysis/charts). */
import { customElement } from 'lit/decorators.js';
import type { RunSummary } from '../../analysis/run-summary.js';
import { waitHistogramChart } from '../../analysis/charts/wait-histogram.js';
import { PlotChart } from './plot-chart.js';

@customElement('wait-histogram-chart')
export class WaitHistogramChartElement extends PlotChart<RunSummary> {
  protected readonly defaultHeading = 'Wait-time distribution';
  protected readonly caption = 'Share of served customers by minutes queued, per customer class; the dashed line is the service-level target.';
  protected readonly draw = waitHistogramChart;
}

declare global {
  interface HTMLElementTagNameMap {
    'wait-histogram-chart': WaitHistogramChartElement;
  }
}
