/** `<utilization-chart>`: Utilization per person (drawn by `utilizationChart` in src/analysis/charts). */
import { customElement } from 'lit/decorators.js';
import type { RunSummary } from '../../analysis/run-summary.js';
import { utilizationChart } from '../../analysis/charts/utilization.js';
import { PlotChart } from './plot-chart.js';

@customElement('utilization-chart')
export class UtilizationChartElement extends PlotChart<RunSummary> {
  protected readonly defaultHeading = 'Utilization per person';
  protected readonly caption = 'Share of each person’s available time spent serving, with 95% confidence intervals.';
  protected readonly draw = utilizationChart;
}

declare global {
  interface HTMLElementTagNameMap {
    'utilization-chart': UtilizationChartElement;
  }
}
