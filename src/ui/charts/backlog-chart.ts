/** `<backlog-chart>`: Back-office backlog over the days (drawn by `backlogChart` in src/analysis/charts). */
import { customElement } from 'lit/decorators.js';
import type { RunSummary } from '../../analysis/run-summary.js';
import { backlogChart } from '../../analysis/charts/backlog.js';
import { PlotChart } from './plot-chart.js';

@customElement('backlog-chart')
export class BacklogChartElement extends PlotChart<RunSummary> {
  protected readonly defaultHeading = 'Back-office backlog over the days';
  protected readonly caption = 'Tasks left unfinished at each day’s close; a rising line means the back office cannot keep up.';
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
