/** `<utilization-chart>`: Utilization per person (drawn by `utilizationChart` in src/analysis/charts). */
import { customElement } from 'lit/decorators.js';
import type { RunSummary } from '../../analysis/run-summary.js';
import { utilizationChart } from '../../analysis/charts/utilization.js';
import { PlotChart, type DrawOptions } from './plot-chart.js';

@customElement('utilization-chart')
export class UtilizationChartElement extends PlotChart<RunSummary> {
  protected get defaultHeading(): string {
    return 'Utilization per person';
  }
  protected get caption(): string {
    return 'Share of each person’s available time spent serving, with 95% confidence intervals.';
  }
  protected draw(summary: RunSummary, options: DrawOptions): Element {
    return utilizationChart(summary, options);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'utilization-chart': UtilizationChartElement;
  }
}
