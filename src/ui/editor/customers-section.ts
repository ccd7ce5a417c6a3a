/**
 * `<customers-section>`: the counter's customer classes: how many come and when (an hourly
 * profile), how long they take, how patient they are, what they bring in, and which back-office
 * tasks serving them creates.
 *
 * @fires scenario-edit - for every change, with the path changed.
 */
import { html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { formatMoney } from '../../analysis/format.js';
import type { Draft } from '../state/validation.js';
import { formatPath } from '../../sim/scenario-file/path.js';
import { ListSection } from './list-section.js';
import { withInserted, withRemoved } from './open-entries.js';
import { frontSkillsOf, openingOf, skillsOf, taskNamesOf, uniqueName, classNamesOf } from './draft-info.js';
import './edit-field.js';
import './week-fields.js';
import './dist-field.js';
import './hourly-profile.js';

type Customer = NonNullable<Draft['customers']>[number];

function meanRate(perHour: unknown): number | null {
  if (typeof perHour === 'number') return perHour;
  if (Array.isArray(perHour) && perHour.length > 0) return perHour.reduce((a: number, b) => a + (typeof b === 'number' ? b : 0), 0) / perHour.length;
  return null;
}

function meanMinutes(service: unknown): string {
  if (typeof service === 'number') return `${service} min`;
  if (service !== null && typeof service === 'object') {
    const d = service as Record<string, unknown>;
    const m = d['mean'] ?? d['value'] ?? d['mode'];
    if (typeof m === 'number') return `${d['dist'] === 'deterministic' ? '' : '~'}${m} min`;
  }
  return '';
}

@customElement('customers-section')
export class CustomersSection extends ListSection {
  /** The first class starts expanded. */
  protected override open = new Set<number>([0]);

  private get customers(): readonly Customer[] {
    return this.draft.customers ?? [];
  }

  private add(): void {
    const skills = [...frontSkillsOf(this.draft)];
    const customer: Customer = {
      name: uniqueName('customer', classNamesOf(this.draft)),
      arrivals: { perHour: 5 },
      service: { dist: 'exponential', mean: 5 },
      skill: skills[0] ?? 'front',
      revenue: 0,
      handoffs: [],
    };
    this.open = withInserted(this.open, this.customers.length);
    this.edit(['customers'], [...this.customers, customer]);
  }

  private duplicate(i: number): void {
    const copy = { ...structuredClone(this.customers[i]!), name: uniqueName(`${this.customers[i]!.name} copy`, classNamesOf(this.draft)) };
    const list = [...this.customers];
    list.splice(i + 1, 0, copy);
    this.open = withInserted(this.open, i + 1);
    this.edit(['customers'], list);
  }

  private removeAt(i: number): void {
    const list = this.customers.filter((_, k) => k !== i);
    this.open = withRemoved(this.open, i);
    this.edit(['customers'], list);
  }

  override render() {
    const skills = skillsOf(this.draft).map((s) => ({ value: s, label: s }));
    const tasks = taskNamesOf(this.draft).map((t) => ({ value: t, label: t }));
    const { open, hours } = openingOf(this.draft);
    return html`
      <p class="intro">Who comes to the counter. Each class has its own queue, served first come, first served, by staff posted at the counter who hold its skill.</p>
      ${this.customers.length === 0 ? html`<p class="empty-note">No customer classes: this office has no counter.</p>` : nothing}
      ${this.customers.map((c, i) => this.renderCustomer(c, i, skills, tasks, open, hours))}
      <div class="list-actions"><button type="button" @click=${this.add}>+ Add customer class</button></div>
    `;
  }

  private renderCustomer(
    c: Customer,
    i: number,
    skills: { value: string; label: string }[],
    tasks: { value: string; label: string }[],
    open: number,
    hours: number,
  ) {
    const base = ['customers', i];
    const errorCount = this.errors.countWithin(formatPath(base));
    const rate = meanRate(c.arrivals?.perHour);
    const handoffs = c.handoffs ?? [];
    return html`<details class="item" ?open=${this.open.has(i)} @toggle=${(e: Event) => this.toggle(i, e)} data-path=${formatPath(base)}>
      <summary>
        <span class="item-title">${c.name || 'Unnamed class'}</span>
        <span class="item-meta">${rate === null ? '' : `${Number(rate.toFixed(1))}/h`} · ${meanMinutes(c.service)}${c.revenue ? ` · ${formatMoney(c.revenue)}` : ''}</span>
        ${errorCount > 0 ? html`<span class="badge" aria-label="${errorCount} problems">${errorCount}</span>` : nothing}
      </summary>
      <div class="item-body">
        <div class="grid">
          <edit-field .label=${'Name'} .path=${[...base, 'name']} .value=${c.name} kind="text" .errors=${this.errors}></edit-field>
          <edit-field .label=${'Skill needed'} .path=${[...base, 'skill']} .value=${c.skill ?? 'front'} kind="select" .options=${skills} .errors=${this.errors}></edit-field>
          <edit-field .label=${'Revenue when served'} .path=${[...base, 'revenue']} .value=${c.revenue} kind="number" min="0" placeholder="0" hint="Lost when they leave unserved." .errors=${this.errors}></edit-field>
          <edit-field .label=${'Walks away if people waiting'} .path=${[...base, 'balkAt']} .value=${c.balkAt} kind="integer" min="0" unit="people or more" placeholder="never" hint="Counts customers of this class already waiting: with this many in the queue, a newcomer does not join." .errors=${this.errors}></edit-field>
        </div>
        <hourly-profile .label=${'Arrivals per hour'} .path=${[...base, 'arrivals', 'perHour']} .value=${c.arrivals?.perHour} .hours=${hours} .open=${open} .errors=${this.errors}></hourly-profile>
        ${this.draft.calendar?.firstWeekday !== undefined || c.arrivals?.weekdays !== undefined
          ? html`<weekday-factors .calendar=${this.draft.calendar} .path=${[...base, 'arrivals']} .value=${c.arrivals?.weekdays} .errors=${this.errors}></weekday-factors>`
          : nothing}
        <dist-field .label=${'Service time (at full proficiency)'} .path=${[...base, 'service']} .value=${c.service} .errors=${this.errors}></dist-field>
        <dist-field .label=${'Patience before giving up'} .path=${[...base, 'patience']} .value=${c.patience} optional noneLabel="Never gives up" .errors=${this.errors}></dist-field>
        <div class="sub">
          <div class="sub-head"><span>Back-office work created when served</span></div>
          ${handoffs.length === 0 ? html`<p class="empty-note">None.</p>` : nothing}
          ${handoffs.map(
            (h, k) => html`<div class="row">
              <edit-field .label=${'Task'} .path=${[...base, 'handoffs', k, 'task']} .value=${h.task} kind="select" .options=${tasks} .errors=${this.errors}></edit-field>
              <edit-field .label=${'Chance'} .path=${[...base, 'handoffs', k, 'probability']} .value=${h.probability} kind="percent" min="0" max="100" unit="%" .errors=${this.errors}></edit-field>
              <button type="button" class="icon quiet" aria-label="Remove handoff to ${h.task}" title="Remove" @click=${() => this.edit([...base, 'handoffs'], handoffs.filter((_, j) => j !== k))}>✕</button>
            </div>`,
          )}
          <button
            type="button"
            class="quiet"
            ?disabled=${tasks.length === 0}
            title=${tasks.length === 0 ? 'Add a back-office task first' : ''}
            @click=${() => this.edit([...base, 'handoffs'], [...handoffs, { task: tasks[0]!.value, probability: 0.5 }])}
          >
            + Add handoff
          </button>
        </div>
        <div class="item-actions">
          <button type="button" @click=${() => this.duplicate(i)}>Duplicate</button>
          <button type="button" class="danger" @click=${() => this.removeAt(i)}>Remove ${c.name || 'class'}</button>
        </div>
      </div>
    </details>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'customers-section': CustomersSection;
  }
}
