/** `<activity-chart>`: How each person spends the day (drawn by `activityChart` in src/analysis/charts). */
import { customElement } from 'lit/decorators.js';
import type { RunSummary } from '../../analysis/run-summary.js';
import { activityChart } from '../../analysis/charts/activity.js';
import { PlotChart, type DrawOptions } from './plot-chart.js';

@customElement('activity-chart')
export class ActivityChartElement extends PlotChart<RunSummary> {
  protected get defaultHeading(): string {
    return 'How each person spends the day';
  }
  protected get caption(): string {
    return 'Mean hours per working day in each activity: home work, cover work, switching, breaks, absence and idle time.';
  }
  protected draw(summary: RunSummary, options: DrawOptions): Element {
    return activityChart(summary, options);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'activity-chart': ActivityChartElement;
  }
}
