/** `<coverage-gaps-chart>`: Coverage gaps per skill (drawn by `coverageGapChart` in src/analysis/charts). */
import { customElement } from 'lit/decorators.js';
import type { RunSummary } from '../../analysis/run-summary.js';
import { coverageGapChart } from '../../analysis/charts/coverage-gaps.js';
import { PlotChart } from './plot-chart.js';

@customElement('coverage-gaps-chart')
export class CoverageGapsChartElement extends PlotChart<RunSummary> {
  protected readonly defaultHeading = 'Coverage gaps per skill';
  protected readonly caption = 'Minutes per day when a skill was needed and nobody holding it was present, by time of day.';
  protected readonly draw = coverageGapChart;
}

declare global {
  interface HTMLElementTagNameMap {
    'coverage-gaps-chart': CoverageGapsChartElement;
  }
}
