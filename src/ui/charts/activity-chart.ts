/** `<activity-chart>`: How each person spends the day (drawn by `activityChart` in src/analysis/charts). */
import { customElement } from 'lit/decorators.js';
import type { RunSummary } from '../../analysis/run-summary.js';
import { activityChart } from '../../analysis/charts/activity.js';
import { PlotChart } from './plot-chart.js';

@customElement('activity-chart')
export class ActivityChartElement extends PlotChart<RunSummary> {
  protected readonly defaultHeading = 'How each person spends the day';
  protected readonly caption = 'Mean hours per working day in each activity: home work, cover work, switching, breaks, absence and idle time.';
  protected readonly draw = activityChart;
}

declare global {
  interface HTMLElementTagNameMap {
    'activity-chart': ActivityChartElement;
  }
}
