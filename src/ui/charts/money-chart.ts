/** `<money-chart>`: Revenue, cost and profit (drawn by `moneyChart` in src/analysis/charts). */
import { customElement } from 'lit/decorators.js';
import type { RunSummary } from '../../analysis/run-summary.js';
import { moneyChart } from '../../analysis/charts/money.js';
import { PlotChart, type DrawOptions } from './plot-chart.js';

@customElement('money-chart')
export class MoneyChartElement extends PlotChart<RunSummary> {
  protected get defaultHeading(): string {
    return 'Revenue, cost and profit';
  }
  protected get caption(): string {
    return 'Totals over the simulated days, mean of the replications, with 95% confidence intervals.';
  }
  protected draw(summary: RunSummary, options: DrawOptions): Element {
    return moneyChart(summary, options);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'money-chart': MoneyChartElement;
  }
}
