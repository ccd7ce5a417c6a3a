/**
 * `<kpi-comparison-chart>`: the baseline and the current variant side by side per headline metric,
 * with each paired difference and its 95% CI (drawn by `kpiComparisonChart` in src/analysis/charts).
 */
import { customElement, property } from 'lit/decorators.js';
import type { CompareSummary } from '../../analysis/run-summary.js';
import { kpiComparisonChart } from '../../analysis/charts/kpi-comparison.js';
import { PlotChart, type DrawOptions } from './plot-chart.js';

@customElement('kpi-comparison-chart')
export class KpiComparisonChartElement extends PlotChart<CompareSummary> {
  /** Metric keys to show, in order; default: the eight headline metrics. */
  @property({ attribute: false }) metrics: readonly string[] | undefined = undefined;

  protected readonly defaultHeading = 'Baseline and variant compared';
  protected readonly caption = 'Left: each variant’s mean with its 95% CI. Right: the paired difference from the baseline; solid green or red when the CI excludes zero, hollow grey when it could be chance.';
  protected draw(summary: CompareSummary, options: DrawOptions): Element {
    return kpiComparisonChart(summary, { ...options, ...(this.metrics !== undefined ? { metrics: this.metrics } : {}) });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kpi-comparison-chart': KpiComparisonChartElement;
  }
}
