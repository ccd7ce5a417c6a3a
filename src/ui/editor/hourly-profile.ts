/**
 * `<hourly-profile>`: arrivals per hour, either one rate for the whole day or one rate per opening
 * hour, shown as a small bar chart with an input under each bar. Switching to "per hour" starts
 * from the constant rate in every hour; switching back keeps the day's average.
 *
 * @fires scenario-edit - with the `perHour` path and the new rate or list of rates.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { formatClock } from '../../analysis/format.js';
import { ScenarioEditEvent } from '../events.js';
import { formatPath, type Path } from '../../sim/scenario-file/path.js';
import { controlStyles, fieldHostStyles, fieldsetStyles } from '../styles/shared.js';
import { ErrorIndex } from './error-index.js';
import './edit-field.js';

let ids = 0;

function tidy(x: number): number {
  return Number(x.toPrecision(4));
}

@customElement('hourly-profile')
export class HourlyProfile extends LitElement {
  static override styles = [
    controlStyles,
    fieldHostStyles,
    fieldsetStyles,
    css`
      .modes {
        display: flex;
        gap: 1rem;
        flex-wrap: wrap;
        margin-bottom: 0.5rem;
        font-size: 0.9rem;
      }
      .modes label {
        display: inline-flex;
        align-items: center;
        gap: 0.35rem;
        cursor: pointer;
      }
      .constant {
        max-width: 14rem;
      }
      .profile {
        display: grid;
        grid-auto-flow: column;
        grid-auto-columns: minmax(2.6rem, 1fr);
        gap: 0.2rem;
        overflow-x: auto;
        padding-bottom: 0.2rem;
      }
      .hour {
        display: flex;
        flex-direction: column;
        align-items: stretch;
        gap: 0.15rem;
        min-width: 0;
      }
      .bar-area {
        height: 3.2rem;
        display: flex;
        align-items: flex-end;
        border-bottom: 1px solid var(--border-strong);
      }
      .bar {
        width: 100%;
        background: var(--accent-2);
        opacity: 0.75;
        border-radius: 2px 2px 0 0;
        min-height: 1px;
      }
      .hour edit-field {
        --pad: 0;
      }
      .time {
        font-size: 0.7rem;
        color: var(--text-3);
        text-align: center;
        font-variant-numeric: tabular-nums;
      }
      .note {
        font-size: 0.8rem;
        color: var(--text-3);
        margin: 0.35rem 0 0;
      }
      .error {
        margin: 0.3rem 0 0;
        color: var(--bad);
        font-size: 0.8rem;
      }
      .fix {
        margin-top: 0.3rem;
      }
    `,
  ];

  @property() label = 'Arrivals per hour';
  /** Path of the `perHour` value. */
  @property({ attribute: false }) path: Path = [];
  /** A rate, or a list of rates per opening hour. */
  @property({ attribute: false }) value: unknown = undefined;
  /** Opening hours per day: how many rates a profile has. */
  @property({ type: Number }) hours = 8;
  /** Opening time in minutes after midnight (labels the hours). */
  @property({ type: Number }) open = 540;
  @property({ attribute: false }) errors: ErrorIndex = ErrorIndex.empty;

  private readonly uid = `profile-${++ids}`;

  private emit(value: unknown): void {
    this.dispatchEvent(new ScenarioEditEvent(this.path, value));
  }

  private setMode(perHour: boolean): void {
    const value = this.value;
    if (perHour && !Array.isArray(value)) {
      const rate = typeof value === 'number' ? value : 0;
      this.emit(Array.from({ length: Math.max(1, this.hours) }, () => rate));
    } else if (!perHour && Array.isArray(value)) {
      const numbers = value.filter((v): v is number => typeof v === 'number');
      this.emit(numbers.length === 0 ? 0 : tidy(numbers.reduce((a, b) => a + b, 0) / numbers.length));
    }
  }

  /** Pads with the last rate or trims, so the profile has one rate per opening hour. */
  private fitToHours(): void {
    const list = Array.isArray(this.value) ? (this.value as unknown[]) : [];
    const last = list.length > 0 ? list[list.length - 1] : 0;
    this.emit(Array.from({ length: this.hours }, (_, i) => (i < list.length ? list[i] : last)));
  }

  override render() {
    const perHour = Array.isArray(this.value);
    const own = this.errors.at(formatPath(this.path));
    return html`<fieldset data-path=${formatPath(this.path)}>
      <legend>${this.label}</legend>
      <div class="modes" role="radiogroup" aria-label="${this.label}: pattern">
        <label><input type="radio" name="${this.uid}-mode" .checked=${!perHour} @change=${() => this.setMode(false)} /> Same rate all day</label>
        <label><input type="radio" name="${this.uid}-mode" .checked=${perHour} @change=${() => this.setMode(true)} /> Rate for each hour</label>
      </div>
      ${perHour ? this.renderProfile(this.value as unknown[]) : this.renderConstant()}
      ${own.map((m) => html`<p class="error">${m}</p>`)}
      ${perHour && (this.value as unknown[]).length !== this.hours && this.hours > 0
        ? html`<button type="button" class="fix" @click=${this.fitToHours}>Fit to ${this.hours} opening hours</button>`
        : nothing}
    </fieldset>`;
  }

  private renderConstant() {
    return html`<div class="constant">
      <edit-field .label=${'Per hour'} .path=${this.path} .value=${this.value} kind="number" min="0" unit="per hour" .errors=${ErrorIndex.empty}></edit-field>
    </div>`;
  }

  private renderProfile(rates: readonly unknown[]) {
    const numbers = rates.map((r) => (typeof r === 'number' && Number.isFinite(r) ? r : 0));
    const top = Math.max(1, ...numbers);
    const total = numbers.reduce((a, b) => a + b, 0);
    return html`<div class="profile">
        ${rates.map((rate, i) => {
          const from = formatClock(this.open + i * 60);
          const to = formatClock(this.open + (i + 1) * 60);
          return html`<div class="hour">
            <div class="bar-area" aria-hidden="true"><div class="bar" style="height: ${(100 * numbers[i]!) / top}%"></div></div>
            <edit-field hide-label .label=${`Arrivals ${from}–${to}`} .path=${[...this.path, i]} .value=${rate} kind="number" min="0" .errors=${this.errors}></edit-field>
            <span class="time" aria-hidden="true">${from}</span>
          </div>`;
        })}
      </div>
      <p class="note">${tidy(total)} arrivals per day on average, in ${rates.length} opening hours.</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hourly-profile': HourlyProfile;
  }
}
