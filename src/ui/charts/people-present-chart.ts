/** `<people-present-chart>`: People present per skill (drawn by `peoplePresentChart` in src/analysis/charts). */
import { customElement } from 'lit/decorators.js';
import type { RunSummary } from '../../analysis/run-summary.js';
import { peoplePresentChart } from '../../analysis/charts/people-present.js';
import { PlotChart, type DrawOptions } from './plot-chart.js';

@customElement('people-present-chart')
export class PeoplePresentChartElement extends PlotChart<RunSummary> {
  protected get defaultHeading(): string {
    return 'People present per skill';
  }
  protected get caption(): string {
    return 'People on duty and present who hold each skill, wherever they are posted; grey: people covering outside their home area.';
  }
  protected draw(summary: RunSummary, options: DrawOptions): Element {
    return peoplePresentChart(summary, options);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'people-present-chart': PeoplePresentChartElement;
  }
}
