/**
 * The week in the editor: `<week-calendar>` (the weekday of day 1, each weekday's hours or closed,
 * and holidays) for the office section, `<weekday-factors>` (a multiplier per weekday on a class's
 * or task's arrivals) for the counter and back-office sections, and `<weekday-shifts>` (a shift or
 * off per weekday) for the staff section. Every input is bound to its
 * path in the scenario, so the schema's messages land under it as everywhere else in the editor.
 *
 * @fires scenario-edit - with the path edited and its new value (`undefined` removes the key).
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { WEEKDAYS, type Weekday } from '../../sim/scenario.js';
import { formatPath, type Path } from '../../sim/scenario-file/path.js';
import { weekdayLabel } from '../../sim/week.js';
import { ScenarioEditEvent } from '../events.js';
import { controlStyles } from '../styles/shared.js';
import { editorStyles } from './editor-styles.js';
import { ErrorIndex } from './error-index.js';
import './edit-field.js';

const weekStyles = css`
  table {
    border-collapse: collapse;
    margin-top: 0.5rem;
  }
  th,
  td {
    text-align: left;
    padding: 0.2rem 0.5rem 0.2rem 0;
    vertical-align: top;
    font-size: 0.88rem;
  }
  th {
    font-weight: 500;
    color: var(--text-2);
  }
  td edit-field {
    min-width: 6.5rem;
  }
  input.factor {
    width: 100%;
    min-width: 0;
    box-sizing: border-box;
  }
  .error {
    margin: 0.2rem 0 0;
    color: var(--bad);
    font-size: 0.8rem;
  }
  .hint {
    margin: 0.2rem 0 0;
    color: var(--text-3);
    font-size: 0.78rem;
  }
  .holidays {
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
    font-size: 0.82rem;
    font-weight: 500;
    color: var(--text-2);
  }
  .holidays input {
    width: 100%;
  }
  .factors {
    display: grid;
    grid-template-columns: repeat(7, minmax(0, 1fr));
    gap: 0.4rem;
    margin-top: 0.3rem;
  }
  .factors label {
    display: flex;
    flex-direction: column;
    font-size: 0.8rem;
    color: var(--text-2);
    gap: 0.15rem;
  }
  .factors input {
    width: 100%;
  }
  fieldset {
    border: 1px solid var(--border);
    border-radius: var(--radius);
    padding: 0.5rem 0.75rem 0.6rem;
    margin: 0.6rem 0 0;
  }
  legend {
    font-size: 0.82rem;
    font-weight: 500;
    color: var(--text-2);
  }
`;

type Hours = 'closed' | { open?: string; close?: string } | undefined;

const errorsAt = (errors: ErrorIndex, path: Path) => errors.at(formatPath(path)).map((m) => html`<p class="error">${m}</p>`);

@customElement('week-calendar')
export class WeekCalendar extends LitElement {
  static override styles = [controlStyles, editorStyles, weekStyles];

  /** The draft's `calendar` mapping. */
  @property({ attribute: false }) calendar: Record<string, unknown> = {};
  @property({ attribute: false }) errors: ErrorIndex = ErrorIndex.empty;

  private emit(path: Path, value: unknown): void {
    this.dispatchEvent(new ScenarioEditEvent(path, value));
  }

  private onMode(day: Weekday, event: Event): void {
    event.stopPropagation();
    const mode = (event.target as HTMLSelectElement).value;
    const open = typeof this.calendar.open === 'string' ? this.calendar.open : '09:00';
    const close = typeof this.calendar.close === 'string' ? this.calendar.close : '17:00';
    this.emit(['calendar', 'weekdays', day], mode === 'usual' ? undefined : mode === 'closed' ? 'closed' : { open, close });
  }

  private onHolidays(event: Event): void {
    event.stopPropagation();
    const text = (event.target as HTMLInputElement).value.trim();
    const days = text === '' ? undefined : text.split(/[\s,;]+/).filter((t) => t !== '').map(Number);
    this.emit(['calendar', 'closedDays'], days);
  }

  override render() {
    const weekOn = typeof this.calendar.firstWeekday === 'string';
    const weekdays = (typeof this.calendar.weekdays === 'object' && this.calendar.weekdays !== null ? this.calendar.weekdays : {}) as Record<string, Hours>;
    const holidays = Array.isArray(this.calendar.closedDays) ? this.calendar.closedDays.join(', ') : '';
    const options = [{ value: '', label: 'No week' }, ...WEEKDAYS.map((d) => ({ value: d, label: weekdayLabel(d) }))];
    return html`
      <div class="grid">
        <edit-field .label=${'Day 1 is a'} .path=${['calendar', 'firstWeekday']} .value=${this.calendar.firstWeekday ?? ''} kind="select" .options=${options} hint="No week: every day alike. A weekday: days follow the week, with hours, arrivals and shifts per weekday." .errors=${this.errors}></edit-field>
        <div>
          <label class="holidays">Closed days (holidays)<input type="text" .value=${live(holidays)} placeholder="e.g. 25, 26" aria-label="Closed days (holidays): day numbers" @change=${this.onHolidays} /></label>
          ${errorsAt(this.errors, ['calendar', 'closedDays'])}
          ${(Array.isArray(this.calendar.closedDays) ? this.calendar.closedDays : []).flatMap((_, j) => errorsAt(this.errors, ['calendar', 'closedDays', j]))}
          <p class="hint">Day numbers from 1; nobody works, nothing arrives.</p>
        </div>
      </div>
      ${weekOn || this.calendar.weekdays !== undefined
        ? html`<table aria-label="Opening hours per weekday">
            <thead><tr><th>Weekday</th><th>Hours</th><th>Opens</th><th>Closes</th></tr></thead>
            <tbody>
              ${WEEKDAYS.map((day) => {
                const own = weekdays[day];
                const mode = own === undefined ? 'usual' : own === 'closed' ? 'closed' : 'own';
                const path = ['calendar', 'weekdays', day];
                return html`<tr>
                  <th scope="row">${weekdayLabel(day)}</th>
                  <td>
                    <select aria-label="${weekdayLabel(day)}: hours" @change=${(e: Event) => this.onMode(day, e)}>
                      <option value="usual" ?selected=${mode === 'usual'}>Usual hours</option>
                      <option value="own" ?selected=${mode === 'own'}>Own hours</option>
                      <option value="closed" ?selected=${mode === 'closed'}>Closed</option>
                    </select>
                    ${errorsAt(this.errors, path)}
                  </td>
                  ${mode === 'own'
                    ? html`<td><edit-field hide-label .label=${`${weekdayLabel(day)} opens at`} .path=${[...path, 'open']} .value=${(own as { open?: string }).open} kind="clock" .errors=${this.errors}></edit-field></td>
                        <td><edit-field hide-label .label=${`${weekdayLabel(day)} closes at`} .path=${[...path, 'close']} .value=${(own as { close?: string }).close} kind="clock" .errors=${this.errors}></edit-field></td>`
                    : html`<td></td><td></td>`}
                </tr>`;
              })}
            </tbody>
          </table>
          ${errorsAt(this.errors, ['calendar', 'weekdays'])}`
        : nothing}
    `;
  }
}

/** `<weekday-factors>`: a multiplier per weekday on the arrivals at `path` (…arrivals). */
@customElement('weekday-factors')
export class WeekdayFactors extends LitElement {
  static override styles = [controlStyles, weekStyles];

  @property() label = 'Arrivals per weekday';
  /** Path of the `arrivals` mapping. */
  @property({ attribute: false }) path: Path = [];
  /** The `arrivals.weekdays` mapping of the draft. */
  @property({ attribute: false }) value: unknown = undefined;
  /** The draft's `calendar` mapping: its closed weekdays take no factor. */
  @property({ attribute: false }) calendar: unknown = undefined;
  @property({ attribute: false }) errors: ErrorIndex = ErrorIndex.empty;

  private onFactor(day: Weekday, event: Event): void {
    event.stopPropagation();
    const text = (event.target as HTMLInputElement).value.trim();
    this.dispatchEvent(new ScenarioEditEvent([...this.path, 'weekdays', day], text === '' ? undefined : { factor: Number(text) }));
  }

  override render() {
    const weekdays = (typeof this.value === 'object' && this.value !== null ? this.value : {}) as Record<string, Record<string, unknown> | undefined>;
    const at = [...this.path, 'weekdays'];
    return html`<fieldset>
      <legend>${this.label}</legend>
      <div class="factors">
        ${WEEKDAYS.map((day) => {
          const own = weekdays[day];
          const ownProfile = own !== undefined && own.factor === undefined;
          const hours = (this.calendar as { weekdays?: Record<string, unknown> } | undefined)?.weekdays?.[day];
          return html`<label
            >${weekdayLabel(day)}
            ${hours === 'closed' && own === undefined
              ? html`<span>closed</span>`
              : ownProfile
              ? html`<span title="This weekday has a profile of its own in the file">own profile</span>`
              : html`<input class="factor" type="number" min="0" step="0.1" placeholder="1" .value=${live(own?.factor === undefined ? '' : String(own.factor))} aria-label="${weekdayLabel(day)}: multiplier on the arrivals" @change=${(e: Event) => this.onFactor(day, e)} />`}
          </label>`;
        })}
      </div>
      <p class="hint">A multiplier on the arrivals that weekday: 1.3 = 30% more, 0 = none; empty = as usual.</p>
      ${errorsAt(this.errors, at)}
      ${WEEKDAYS.flatMap((day) => [...errorsAt(this.errors, [...at, day]), ...errorsAt(this.errors, [...at, day, 'factor'])])}
    </fieldset>`;
  }
}

/**
 * `<weekday-shifts>`: a person's shift per weekday (the path of the staff entry): the usual shift,
 * a shift of its own (start and end; breaks as the file gives them) or off. Closed weekdays show as
 * closed.
 */
@customElement('weekday-shifts')
export class WeekdayShifts extends LitElement {
  static override styles = [controlStyles, editorStyles, weekStyles];

  /** Path of the staff entry. */
  @property({ attribute: false }) path: Path = [];
  /** The entry's `weekdays` mapping. */
  @property({ attribute: false }) value: unknown = undefined;
  /** The draft's `calendar` mapping: closed weekdays take no shift. */
  @property({ attribute: false }) calendar: unknown = undefined;
  /** The entry's usual shift start and end (or the opening hours), for a new weekday shift. */
  @property({ attribute: false }) usual: { start: string; end: string } = { start: '09:00', end: '17:00' };
  @property({ attribute: false }) errors: ErrorIndex = ErrorIndex.empty;

  private onMode(day: Weekday, event: Event): void {
    event.stopPropagation();
    const mode = (event.target as HTMLSelectElement).value;
    // A new weekday shift starts as that weekday's own opening hours, else as the usual shift.
    const calendar = (this.calendar ?? {}) as { open?: string; close?: string; weekdays?: Record<string, unknown> };
    const hours = calendar.weekdays?.[day] as { open?: string; close?: string } | undefined;
    const start = typeof hours === 'object' ? (hours.open ?? calendar.open ?? this.usual.start) : this.usual.start;
    const end = typeof hours === 'object' ? (hours.close ?? calendar.close ?? this.usual.end) : this.usual.end;
    const value = mode === 'usual' ? undefined : mode === 'off' ? 'off' : { start, end, breaks: [] };
    this.dispatchEvent(new ScenarioEditEvent([...this.path, 'weekdays', day], value));
  }

  override render() {
    const weekdays = (typeof this.value === 'object' && this.value !== null ? this.value : {}) as Record<string, unknown>;
    const hours = (this.calendar as { weekdays?: Record<string, unknown> } | undefined)?.weekdays ?? {};
    const at = [...this.path, 'weekdays'];
    return html`<table aria-label="Shift per weekday">
        <thead><tr><th>Weekday</th><th>Shift</th><th>Starts</th><th>Ends</th></tr></thead>
        <tbody>
          ${WEEKDAYS.map((day) => {
            const own = weekdays[day];
            const path = [...at, day];
            if (hours[day] === 'closed' && own === undefined) {
              return html`<tr><th scope="row">${weekdayLabel(day)}</th><td>office closed</td><td></td><td></td></tr>`;
            }
            const mode = own === undefined ? 'usual' : own === 'off' ? 'off' : 'own';
            const shift = (mode === 'own' ? own : {}) as { start?: string; end?: string };
            return html`<tr>
              <th scope="row">${weekdayLabel(day)}</th>
              <td>
                <select aria-label="${weekdayLabel(day)}: shift" @change=${(e: Event) => this.onMode(day, e)}>
                  <option value="usual" ?selected=${mode === 'usual'}>Usual shift</option>
                  <option value="own" ?selected=${mode === 'own'}>Own shift</option>
                  <option value="off" ?selected=${mode === 'off'}>Off</option>
                </select>
                ${errorsAt(this.errors, path)}
                ${this.errors.errors.filter((e) => e.path.startsWith(`${formatPath(path)}.breaks`)).map((e) => html`<p class="error">${e.message}</p>`)}
              </td>
              ${mode === 'own'
                ? html`<td><edit-field hide-label .label=${`${weekdayLabel(day)} shift starts`} .path=${[...path, 'start']} .value=${shift.start} kind="clock" placeholder="opening" .errors=${this.errors}></edit-field></td>
                    <td><edit-field hide-label .label=${`${weekdayLabel(day)} shift ends`} .path=${[...path, 'end']} .value=${shift.end} kind="clock" placeholder="closing" .errors=${this.errors}></edit-field></td>`
                : html`<td></td><td></td>`}
            </tr>`;
          })}
        </tbody>
      </table>
      ${errorsAt(this.errors, at)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'week-calendar': WeekCalendar;
    'weekday-factors': WeekdayFactors;
    'weekday-shifts': WeekdayShifts;
  }
}
