/**
 * `<office-section>`: the office as a whole: its name, the simulated days and opening hours,
 * the service-level target, and how many replications on which seed.
 */
import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Draft } from '../state/validation.js';
import { controlStyles } from '../styles/shared.js';
import { editorStyles } from './editor-styles.js';
import { ErrorIndex } from './error-index.js';
import './edit-field.js';
import './week-fields.js';

@customElement('office-section')
export class OfficeSection extends LitElement {
  static override styles = [controlStyles, editorStyles];

  @property({ attribute: false }) draft: Draft = { staff: [] };
  @property({ attribute: false }) errors: ErrorIndex = ErrorIndex.empty;

  override render() {
    const d = this.draft;
    const calendar = d.calendar ?? {};
    const target = d.targets?.serviceLevel ?? {};
    return html`
      <p class="intro">The office as a whole: when it is open, how many days to simulate, and what good service means.</p>
      <div class="grid">
        <edit-field class="wide" .label=${'Office name'} .path=${['name']} .value=${d.name} kind="text" placeholder="Main street branch" .errors=${this.errors}></edit-field>
        <edit-field .label=${'Currency'} .path=${['currency']} .value=${d.currency} kind="text" optional placeholder="EUR or €" hint="Shown with every amount of money." .errors=${this.errors}></edit-field>
      </div>
      <h3 class="group">Calendar</h3>
      <div class="grid">
        <edit-field .label=${'Opens at'} .path=${['calendar', 'open']} .value=${calendar.open} kind="clock" placeholder="09:00" .errors=${this.errors}></edit-field>
        <edit-field .label=${'Closes at'} .path=${['calendar', 'close']} .value=${calendar.close} kind="clock" placeholder="17:00" .errors=${this.errors}></edit-field>
        <edit-field .label=${'Days simulated'} .path=${['calendar', 'days']} .value=${calendar.days} kind="integer" min="1" unit="days" hint=${calendar.firstWeekday === undefined ? 'Working days in a row; unfinished back-office work carries over.' : 'Calendar days from day 1, closed days included; unfinished work carries over.'} .errors=${this.errors}></edit-field>
        <edit-field .label=${'Warm-up'} .path=${['calendar', 'warmupMinutes']} .value=${calendar.warmupMinutes} kind="number" min="0" unit="min" placeholder="0" hint="Left out of every statistic." .errors=${this.errors}></edit-field>
      </div>
      <h3 class="group">Week and holidays</h3>
      <week-calendar .calendar=${calendar as Record<string, unknown>} .errors=${this.errors}></week-calendar>
      <h3 class="group">Service-level target</h3>
      <div class="grid">
        <edit-field .label=${'Served within'} .path=${['targets', 'serviceLevel', 'withinMinutes']} .value=${target.withinMinutes} kind="number" min="0" unit="min" placeholder="5" .errors=${this.errors}></edit-field>
        <edit-field .label=${'Target share'} .path=${['targets', 'serviceLevel', 'fraction']} .value=${target.fraction} kind="percent" min="0" max="100" unit="%" placeholder="80" .errors=${this.errors}></edit-field>
      </div>
      <h3 class="group">Simulation</h3>
      <div class="grid">
        <edit-field .label=${'Replications'} .path=${['replications']} .value=${d.replications} kind="integer" min="1" placeholder="30" hint="Independent runs of all days; more give tighter intervals." .errors=${this.errors}></edit-field>
        <edit-field .label=${'Seed'} .path=${['seed']} .value=${d.seed} kind="integer" placeholder="1" hint="Same seed, same numbers. Keep it to compare variants." .errors=${this.errors}></edit-field>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'office-section': OfficeSection;
  }
}
