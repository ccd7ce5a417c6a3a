/** `<backlog-chart>`: Back-office backlog over the days (drawn by `backlogChart` in src/analysis/charts). */
import { customElement } from 'lit/decorators.js';
import type { RunSummary } from '../../analysis/run-summary.js';
import { backlogChart } from '../../analysis/charts/backlog.js';
import { PlotChart } from './plot-chart.js';

@customElement('backlog-chart')
export class BacklogChartElement extends PlotChart<RunSummary> {
  protected readonly defaultHeading = 'Back-office backlog over the days';
  protected readonly caption =
    'Tasks left unfinished at each day’s closing time; a rising line means the back office cannot keep up. ' +
    'The “Backlog at the end” figure is counted later, when the last day’s work ends (shifts and overtime past closing), so it can be lower than the last point.';
  protected override hasContent(summary: RunSummary): boolean {
    return summary.tasks.length > 0;
  }
  protected override get emptyText(): string {
    return 'This office has no back-office tasks.';
  }
  protected readonly draw = backlogChart;
}

declare global {
  interface HTMLElementTagNameMap {
    'backlog-chart': BacklogChartElement;
  }
}
