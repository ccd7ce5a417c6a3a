/**
 * `<proficiency-chart>`: proficiency over days for every person's skill that grows or fades (issue
 * 15; drawn by `proficiencyChart` in src/analysis/charts).
 */
import { customElement } from 'lit/decorators.js';
import type { RunSummary } from '../../analysis/run-summary.js';
import { proficiencyChart } from '../../analysis/charts/proficiency.js';
import { PlotChart, type DrawOptions } from './plot-chart.js';

@customElement('proficiency-chart')
export class ProficiencyChartElement extends PlotChart<RunSummary> {
  protected readonly defaultHeading = 'Skills that grow: proficiency over the days';
  protected readonly caption =
    'Proficiency at the end of each day (0 = where it starts), mean over replications with its 95% band; dashed: the target. ' +
    'At 0.5 a customer takes twice an expert’s time. It grows with hours spent serving that skill and fades in days without practice.';
  protected override hasContent(summary: RunSummary): boolean {
    return (summary.learning?.length ?? 0) > 0;
  }
  protected override get emptyText(): string {
    return 'Nobody’s skills grow or fade in this office (no learning curves).';
  }
  protected draw(summary: RunSummary, options: DrawOptions): Element {
    return proficiencyChart(summary, options)!;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'proficiency-chart': ProficiencyChartElement;
  }
}
