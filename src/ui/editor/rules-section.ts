/**
 * `<rules-section>`: what happens around the work: absences (sick days, interruptions), how work
 * is routed and when cross-trained people cover, closing time, and the costs of overtime and
 * training. Labels say what each rule does in the office's words; the file's key names are not
 * needed to use it.
 *
 * @fires scenario-edit - for every change, with the path changed.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ScenarioEditEvent } from '../events.js';
import type { Draft } from '../state/validation.js';
import { controlStyles } from '../styles/shared.js';
import { editorStyles } from './editor-styles.js';
import { ErrorIndex } from './error-index.js';
import { classNamesOf } from './draft-info.js';
import './edit-field.js';
import './dist-field.js';

const ROUTING = [
  { value: 'home-first', label: 'Home work first, then the longest wait' },
  { value: 'longest-wait', label: 'Whoever has waited longest' },
  { value: 'priority', label: 'By a priority order of classes' },
];

const CLOSING = [
  { value: 'serve-queue', label: 'Serve everyone still waiting (overtime)' },
  { value: 'turn-away', label: 'Turn away whoever is waiting' },
];

@customElement('rules-section')
export class RulesSection extends LitElement {
  static override styles = [
    controlStyles,
    editorStyles,
    css`
      ol.priority {
        margin: 0.3rem 0 0;
        padding: 0;
        list-style: none;
        display: flex;
        flex-direction: column;
        gap: 0.3rem;
      }
      ol.priority li {
        display: flex;
        align-items: center;
        gap: 0.4rem;
        padding: 0.25rem 0.4rem 0.25rem 0.6rem;
        border: 1px solid var(--border);
        border-radius: var(--radius-sm);
        background: var(--surface-2);
      }
      ol.priority .rank {
        color: var(--text-3);
        font-variant-numeric: tabular-nums;
        width: 1.4rem;
      }
      ol.priority .name {
        flex: 1;
      }
      ol.priority button {
        min-height: 1.8rem;
        padding: 0 0.5rem;
      }
    `,
  ];

  @property({ attribute: false }) draft: Draft = { staff: [] };
  @property({ attribute: false }) errors: ErrorIndex = ErrorIndex.empty;

  private edit(path: (string | number)[], value: unknown): void {
    this.dispatchEvent(new ScenarioEditEvent(path, value));
  }

  /** Listed classes first in their order, then the unlisted ones in file order (as routing treats them). */
  private priorityOrder(): string[] {
    const listed = (this.draft.policy?.priority ?? []).filter((n) => typeof n === 'string');
    const all = classNamesOf(this.draft);
    return [...listed, ...all.filter((n) => !listed.includes(n))];
  }

  private move(index: number, by: number): void {
    const order = this.priorityOrder();
    const target = index + by;
    if (target < 0 || target >= order.length) return;
    [order[index], order[target]] = [order[target]!, order[index]!];
    this.edit(['policy', 'priority'], order);
  }

  private toggleInterruptions(event: Event): void {
    event.stopPropagation();
    const on = (event.target as HTMLInputElement).checked;
    this.edit(['absences', 'interruptions'], on ? { perDay: 1, minutes: { dist: 'exponential', mean: 10 } } : undefined);
  }

  override render() {
    const absences = this.draft.absences ?? {};
    const interruptions = absences.interruptions;
    const policy = this.draft.policy ?? {};
    const costs = this.draft.costs ?? {};
    const routing = policy.routing ?? 'home-first';
    return html`
      <h3 class="group">Absences</h3>
      <div class="grid">
        <edit-field .label=${'Sick rate'} .path=${['absences', 'sickProbabilityPerDay']} .value=${absences.sickProbabilityPerDay} kind="percent" min="0" max="100" unit="% of days" placeholder="0" hint="Chance each person is off sick on a working day." .errors=${this.errors}></edit-field>
      </div>
      <div class="stack" style="margin-top:0.6rem">
        <label><input type="checkbox" .checked=${interruptions !== undefined} @change=${this.toggleInterruptions} /> People are interrupted during the day (phone calls, errands)</label>
        ${interruptions !== undefined
          ? html`<div class="grid">
                <edit-field .label=${'Interruptions per person per day'} .path=${['absences', 'interruptions', 'perDay']} .value=${interruptions.perDay} kind="number" min="0" .errors=${this.errors}></edit-field>
              </div>
              <dist-field .label=${'Length of an interruption'} .path=${['absences', 'interruptions', 'minutes']} .value=${interruptions.minutes} .errors=${this.errors}></dist-field>`
          : nothing}
      </div>

      <h3 class="group">Who takes the next piece of work</h3>
      <div class="grid">
        <edit-field class="wide" .label=${'A person who becomes free takes'} .path=${['policy', 'routing']} .value=${routing} kind="select" .options=${ROUTING} .errors=${this.errors}></edit-field>
      </div>
      ${routing === 'priority' ? this.renderPriority() : nothing}

      <h3 class="group">Cover by cross-trained staff</h3>
      <div class="grid">
        <edit-field .label=${'Keep at least this many at the counter'} .path=${['policy', 'frontMinimum']} .value=${policy.frontMinimum} kind="integer" min="0" placeholder="0 (off)" hint="Back-office people who hold the skill come to cover breaks and absences." .errors=${this.errors}></edit-field>
        <edit-field .label=${'Call cover when a queue reaches'} .path=${['policy', 'coverQueueThreshold']} .value=${policy.coverQueueThreshold} kind="integer" min="1" unit="waiting" placeholder="off" .errors=${this.errors}></edit-field>
        <edit-field .label=${'Minutes to switch area'} .path=${['policy', 'switchMinutes']} .value=${policy.switchMinutes} kind="number" min="0" unit="min" placeholder="0" .errors=${this.errors}></edit-field>
        <edit-field class="wide" .label=${'Idle counter staff help the back office when nobody is waiting'} .path=${['policy', 'helpBackOffice']} .value=${policy.helpBackOffice ?? true} kind="checkbox" .errors=${this.errors}></edit-field>
      </div>

      <h3 class="group">Closing time</h3>
      <div class="grid">
        <edit-field class="wide" .label=${'At closing time'} .path=${['policy', 'closing']} .value=${policy.closing ?? 'serve-queue'} kind="select" .options=${CLOSING} .errors=${this.errors}></edit-field>
      </div>

      <h3 class="group">Costs</h3>
      <div class="grid">
        <edit-field .label=${'Training per extra skill'} .path=${['costs', 'trainingPerSkill']} .value=${costs.trainingPerSkill} kind="number" min="0" placeholder="0" hint="One-off, per skill beyond the home skill." .errors=${this.errors}></edit-field>
        <edit-field .label=${'Spread training over'} .path=${['costs', 'trainingAmortizationDays']} .value=${costs.trainingAmortizationDays} kind="number" min="1" unit="days" placeholder="250" .errors=${this.errors}></edit-field>
        <edit-field .label=${'Overtime pay'} .path=${['costs', 'overtimeMultiplier']} .value=${costs.overtimeMultiplier} kind="number" min="0" step="0.05" unit="× wage" placeholder="1.5" .errors=${this.errors}></edit-field>
      </div>
    `;
  }

  private renderPriority() {
    const order = this.priorityOrder();
    return html`<div class="sub" style="margin-top:0.6rem" data-path="policy.priority">
      <div class="sub-head"><span>Priority, highest first</span></div>
      <ol class="priority">
        ${order.map(
          (name, i) => html`<li>
            <span class="rank">${i + 1}.</span><span class="name">${name}</span>
            <button type="button" aria-label="Move ${name} up" ?disabled=${i === 0} @click=${() => this.move(i, -1)}>↑</button>
            <button type="button" aria-label="Move ${name} down" ?disabled=${i === order.length - 1} @click=${() => this.move(i, 1)}>↓</button>
          </li>`,
        )}
      </ol>
      ${this.errors.at('policy.priority').map((m) => html`<p class="error">${m}</p>`)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rules-section': RulesSection;
  }
}
