/** `<money-chart>`: Revenue, cost and profit (drawn by `moneyChart` in src/analysis/charts). */
import { customElement } from 'lit/decorators.js';
import type { RunSummary } from '../../analysis/run-summary.js';
import { moneyChart } from '../../analysis/charts/money.js';
import { PlotChart } from './plot-chart.js';

@customElement('money-chart')
export class MoneyChartElement extends PlotChart<RunSummary> {
  protected readonly defaultHeading = 'Revenue, cost and profit';
  protected get caption(): string {
    const period = this.data?.period;
    const amounts = period === undefined ? 'Totals over the simulated days' : `Amounts ${period.words}`;
    return `${amounts}${this.data?.currency ? ` in ${this.data.currency}` : ''}, mean of the replications, with 95% confidence intervals.`;
  }
  protected readonly draw = moneyChart;
}

declare global {
  interface HTMLElementTagNameMap {
    'money-chart': MoneyChartElement;
  }
}
