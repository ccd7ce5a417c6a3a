/** `<people-present-chart>`: People present per skill (drawn by `peoplePresentChart` in src/analysis/charts). */
import { customElement } from 'lit/decorators.js';
import type { RunSummary } from '../../analysis/run-summary.js';
import { peoplePresentChart } from '../../analysis/charts/people-present.js';
import { PlotChart } from './plot-chart.js';

@customElement('people-present-chart')
export class PeoplePresentChartElement extends PlotChart<RunSummary> {
  protected readonly defaultHeading = 'People present per skill';
  protected readonly caption = 'People on duty and present who hold each skill, wherever they are posted; grey: people covering outside their home area.';
  protected readonly draw = peoplePresentChart;
}

declare global {
  interface HTMLElementTagNameMap {
    'people-present-chart': PeoplePresentChartElement;
  }
}
