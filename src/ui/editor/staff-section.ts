/**
 * `<staff-section>`: the people: home skill and area, wage, shift and breaks, days off and their
 * own sick rate. A row can be a group of identical people (`count`). Skills beyond the home skill
 * are set in the skills matrix.
 *
 * @fires scenario-edit - for every change, with the path changed.
 */
import { css, html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { formatClock, formatMoney } from '../../analysis/format.js';
import type { Draft } from '../state/validation.js';
import { formatPath } from '../../sim/scenario-file/path.js';
import { ListSection } from './list-section.js';
import { withInserted, withRemoved } from './open-entries.js';
import { frontSkillsOf, openingOf, skillsOf, uniqueName } from './draft-info.js';
import './edit-field.js';
import './week-fields.js';

type Person = Draft['staff'][number];

const AREA_OPTIONS = [
  { value: '', label: 'Automatic' },
  { value: 'front', label: 'Front office (counter)' },
  { value: 'back', label: 'Back office' },
];

@customElement('staff-section')
export class StaffSection extends ListSection {
  static override styles = [
    ...ListSection.styles,
    css`
      .field-label {
        display: block;
        font-size: 0.82rem;
        font-weight: 500;
        color: var(--text-2);
        margin-bottom: 0.2rem;
      }
      input.full {
        width: 100%;
      }
    `,
  ];

  private get staff(): readonly Person[] {
    return this.draft.staff ?? [];
  }

  private names(): string[] {
    return this.staff.map((p) => p.name);
  }

  private add(): void {
    const home = skillsOf(this.draft)[0] ?? 'front';
    const person: Person = { name: uniqueName('person', this.names()), home, skills: { [home]: 1 }, wagePerHour: 25, daysOff: [] };
    this.open = withInserted(this.open, this.staff.length);
    this.edit(['staff'], [...this.staff, person]);
  }

  private duplicate(i: number): void {
    const copy = { ...structuredClone(this.staff[i]!), name: uniqueName(`${this.staff[i]!.name}-2`, this.names()) };
    const list = [...this.staff];
    list.splice(i + 1, 0, copy);
    this.open = withInserted(this.open, i + 1);
    this.edit(['staff'], list);
  }

  private removeAt(i: number): void {
    this.open = withRemoved(this.open, i);
    this.edit(['staff'], this.staff.filter((_, k) => k !== i));
  }

  private onDaysOff(i: number, event: Event): void {
    event.stopPropagation();
    const text = (event.target as HTMLInputElement).value;
    const days = text
      .split(/[\s,;]+/)
      .filter((t) => t !== '')
      .map(Number);
    this.edit(['staff', i, 'daysOff'], days);
  }

  private renderWeekdays(p: { weekdays?: unknown; shift?: { start?: string; end?: string } }, base: (string | number)[], openText: string, closeText: string) {
    if (this.draft.calendar?.firstWeekday === undefined && p.weekdays === undefined) return nothing;
    const usual = { start: p.shift?.start ?? openText, end: p.shift?.end ?? closeText };
    return html`<div class="sub-head"><span>Per weekday</span></div>
      <weekday-shifts .path=${base} .value=${p.weekdays} .calendar=${this.draft.calendar} .usual=${usual} .errors=${this.errors}></weekday-shifts>`;
  }

  override render() {
    const skills = skillsOf(this.draft).map((s) => ({ value: s, label: s }));
    const { open, hours } = openingOf(this.draft);
    const openText = formatClock(open);
    const closeText = formatClock(open + hours * 60 > 1440 ? 1440 : Math.min(1440, open + hours * 60));
    const members = this.staff.reduce((n, p) => n + (typeof p.count === 'number' ? p.count : 1), 0);
    return html`
      <p class="intro">${members} ${members === 1 ? 'person' : 'people'}. Each works in a home area and is paid for the whole rostered shift, breaks and sick days included. Cross-train people in the Skills tab.</p>
      ${this.staff.map((p, i) => this.renderPerson(p, i, skills, openText, closeText))}
      <div class="list-actions"><button type="button" @click=${this.add}>+ Add person</button></div>
    `;
  }

  private renderPerson(p: Person, i: number, skills: { value: string; label: string }[], openText: string, closeText: string) {
    const base = ['staff', i];
    const errorCount = this.errors.countWithin(formatPath(base));
    const shift = p.shift ?? {};
    const breaks = shift.breaks ?? [];
    const daysOff = p.daysOff ?? [];
    const daysOffErrors = [formatPath([...base, 'daysOff']), ...daysOff.map((_, k) => formatPath([...base, 'daysOff', k]))].flatMap((path) => this.errors.at(path));
    const group = typeof p.count === 'number' ? ` ×${p.count}` : '';
    // Where the person works when the file leaves it out: at the counter if customers need the home skill.
    const area = p.area ?? (frontSkillsOf(this.draft).has(p.home) ? 'front' : 'back');
    return html`<details class="item" ?open=${this.open.has(i)} @toggle=${(e: Event) => this.toggle(i, e)} data-path=${formatPath(base)}>
      <summary>
        <span class="item-title">${p.name || 'Unnamed'}${group}</span>
        <span class="item-meta">${p.home} · ${area === 'front' ? 'counter' : 'back office'} · ${shift.start ?? openText}–${shift.end ?? closeText} · ${formatMoney(p.wagePerHour ?? 0)}/h</span>
        ${errorCount > 0 ? html`<span class="badge" aria-label="${errorCount} problems">${errorCount}</span>` : nothing}
      </summary>
      <div class="item-body">
        <div class="grid">
          <edit-field .label=${'Name'} .path=${[...base, 'name']} .value=${p.name} kind="text" .errors=${this.errors}></edit-field>
          <edit-field .label=${'People in this group'} .path=${[...base, 'count']} .value=${p.count} kind="integer" min="1" placeholder="1 (one person)" .errors=${this.errors}></edit-field>
          <edit-field .label=${'Home skill'} .path=${[...base, 'home']} .value=${p.home} kind="select" .options=${skills} .errors=${this.errors}></edit-field>
          <edit-field .label=${'Home area'} .path=${[...base, 'area']} .value=${p.area ?? ''} kind="select" .options=${AREA_OPTIONS} hint="Automatic: where the home skill is needed." .errors=${this.errors}></edit-field>
          <edit-field .label=${'Wage per hour'} .path=${[...base, 'wagePerHour']} .value=${p.wagePerHour} kind="number" min="0" .errors=${this.errors}></edit-field>
          <edit-field .label=${'Sick rate'} .path=${[...base, 'sickProbabilityPerDay']} .value=${p.sickProbabilityPerDay} kind="percent" min="0" max="100" unit="% of days" placeholder="—" hint="Empty: the office’s rate." .errors=${this.errors}></edit-field>
        </div>
        <div class="sub">
          <div class="sub-head"><span>Shift and breaks</span></div>
          <div class="grid">
            <edit-field .label=${'Starts'} .path=${[...base, 'shift', 'start']} .value=${shift.start} kind="clock" placeholder=${openText} .errors=${this.errors}></edit-field>
            <edit-field .label=${'Ends'} .path=${[...base, 'shift', 'end']} .value=${shift.end} kind="clock" placeholder=${closeText} .errors=${this.errors}></edit-field>
          </div>
          ${breaks.map(
            (b, k) => html`<div class="row">
              <edit-field .label=${`Break ${k + 1} at`} .path=${[...base, 'shift', 'breaks', k, 'at']} .value=${b.at} kind="clock" .errors=${this.errors}></edit-field>
              <edit-field .label=${'Length'} .path=${[...base, 'shift', 'breaks', k, 'minutes']} .value=${b.minutes} kind="number" min="1" unit="min" .errors=${this.errors}></edit-field>
              <button type="button" class="icon quiet" aria-label="Remove break ${k + 1} of ${p.name}" title="Remove break" @click=${() => this.edit([...base, 'shift', 'breaks'], breaks.filter((_, j) => j !== k))}>✕</button>
            </div>`,
          )}
          ${this.errors.at(formatPath([...base, 'shift'])).map((m) => html`<p class="error">${m}</p>`)}
          <button type="button" class="quiet" @click=${() => this.edit([...base, 'shift', 'breaks'], [...breaks, { at: '12:00', minutes: 30 }])}>+ Add break</button>
          ${this.renderWeekdays(p, base, openText, closeText)}
        </div>
        <div class="grid">
          <div class="wide">
            <label class="field-label" for="days-off-${i}">Days off (day numbers, e.g. 3, 8)</label>
            <input
              id="days-off-${i}"
              type="text"
              class="full"
              .value=${live(daysOff.join(', '))}
              aria-invalid=${daysOffErrors.length > 0 ? 'true' : 'false'}
              @change=${(e: Event) => this.onDaysOff(i, e)}
            />
            ${daysOffErrors.map((m) => html`<p class="error">${m}</p>`)}
          </div>
        </div>
        <div class="item-actions">
          <button type="button" @click=${() => this.duplicate(i)}>Duplicate</button>
          <button type="button" class="danger" @click=${() => this.removeAt(i)}>Remove ${p.name || 'person'}</button>
        </div>
      </div>
    </details>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'staff-section': StaffSection;
  }
}
