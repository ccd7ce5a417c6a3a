/**
 * `<summary-slide>`: the lesson's closing slide. For each office: the replayed day's end-of-day
 * numbers (from the engine's result for that replication, the same the counters reached), the
 * average over many simulated days, and for each office after the first its difference from the first
 * with a 95% confidence interval and on how many days it did better, with a sentence per office on
 * profit so the room hears whether the day they watched was typical. While the many days are still
 * being simulated (in Web Workers) it shows their progress.
 *
 * @fires trainer-command - `close` when the presenter goes back to the replay
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { variantColor } from '../../analysis/charts/palette.js';
import { formatNumber } from '../../analysis/format.js';
import { TrainerCommandEvent } from './events.js';
import { formatDifference, formatMeasure, headline, isAlwaysZero, shareHeadline, type ManyDaysRow, type SummaryMeasure } from './summary-data.js';

/** The replayed day's values: one row per measure, one value per office. */
export interface DayRow {
  readonly measure: SummaryMeasure;
  readonly values: readonly (number | null)[];
}

/** The many-days result as it comes in. */
export type ManyDays =
  | { readonly state: 'running'; readonly done: number; readonly total: number }
  | { readonly state: 'done'; readonly days: number; readonly rows: readonly ManyDaysRow[] }
  | { readonly state: 'error'; readonly message: string };

@customElement('summary-slide')
export class SummarySlide extends LitElement {
  static override styles = css`
    :host {
      display: block;
      color: #111827;
    }
    h2 {
      margin: 0;
      font-size: 2rem;
    }
    .sub {
      margin: 0.2rem 0 0.8rem;
      font-size: 1.15rem;
      color: #374151;
    }
    .headlines {
      margin: 0 0 1rem;
      padding: 0;
      list-style: none;
      display: grid;
      gap: 0.4rem;
    }
    .headlines li {
      font-size: 1.3rem;
      font-weight: 700;
      line-height: 1.35;
      padding: 0.5rem 0.8rem;
      border-left: 8px solid var(--office);
      background: #f3f6fa;
      border-radius: 4px;
    }
    .headlines li.share {
      border-left-color: #146c43;
      background: #e3f4ea;
    }
    td.value {
      white-space: nowrap;
    }
    table {
      border-collapse: collapse;
      width: 100%;
      font-variant-numeric: tabular-nums;
    }
    th,
    td {
      text-align: left;
      padding: 0.35rem 0.6rem;
      border-bottom: 2px solid #dde2e8;
      vertical-align: baseline;
    }
    thead th.difference {
      font-size: 0.95rem;
      color: #374151;
      font-weight: 700;
    }
    thead th {
      font-size: 1.15rem;
      border-bottom: 3px solid #5b6573;
    }
    thead th .swatch {
      display: inline-block;
      width: 0.8em;
      height: 0.8em;
      border-radius: 3px;
      margin-right: 0.4em;
      background: var(--office);
      vertical-align: baseline;
    }
    tbody th {
      font-size: 1.15rem;
      font-weight: 700;
      white-space: nowrap;
    }
    .day {
      font-size: 1.6rem;
      font-weight: 800;
      line-height: 1.1;
      white-space: nowrap;
    }
    .avg {
      margin-left: 0.4rem;
      font-size: 1rem;
      color: #374151;
      white-space: nowrap;
    }
    .diff small {
      display: block;
      font-size: 0.88rem;
      font-weight: 600;
    }
    .diff {
      display: inline-block;
      white-space: nowrap;
      font-size: 1rem;
      font-weight: 700;
      padding: 0.15rem 0.6rem;
      border-radius: 10px;
      background: #eceff3;
      color: #374151;
    }
    .diff.better {
      background: #e3f4ea;
      color: #0f5132;
    }
    .diff.worse {
      background: #fdecea;
      color: #8a1a12;
    }
    .progress {
      font-size: 1.2rem;
      margin: 0 0 1rem;
    }
    progress {
      width: 20rem;
      height: 1.1rem;
      vertical-align: middle;
    }
    .error {
      color: #8a1a12;
      font-weight: 700;
    }
    /* Three offices make six columns: smaller type so the table still fits the screen. */
    .three .day {
      font-size: 1.3rem;
    }
    .three .avg,
    .three .diff {
      font-size: 0.86rem;
    }
    .three .diff small {
      font-size: 0.8rem;
    }
    .three th,
    .three td {
      padding: 0.3rem 0.4rem;
    }
    .three thead th {
      font-size: 1rem;
    }
    .actions {
      margin-top: 1rem;
    }
    button {
      font: inherit;
      font-size: 1.1rem;
      font-weight: 700;
      min-height: 2.6rem;
      padding: 0.3rem 1.1rem;
      border: 2px solid #1d4f91;
      border-radius: 8px;
      background: #ffffff;
      color: #1d4f91;
      cursor: pointer;
    }
    button:focus-visible {
      outline: 3px solid #2c6bc4;
      outline-offset: 2px;
    }
  `;

  @property() heading = '';
  /** The offices' names, left to right; the first is the reference. */
  @property({ attribute: false }) labels: readonly string[] = [];
  /** Which simulated day was replayed (1-based). */
  @property({ type: Number }) day = 1;
  @property({ attribute: false }) dayRows: readonly DayRow[] = [];
  @property({ attribute: false }) many: ManyDays = { state: 'running', done: 0, total: 0 };

  private officeCell(row: DayRow, v: number, manyRow: ManyDaysRow | undefined): unknown {
    const measure = row.measure;
    const mean = manyRow?.cells[v]?.mean.mean;
    return html`<td class="value" data-office=${v} data-measure=${measure.key}>
      <span class="day">${formatMeasure(measure.unit, row.values[v] ?? null)}</span>
      ${mean != null ? html`<span class="avg">avg ${measure.unit === 'count' ? formatNumber(mean, { digits: 1 }) : formatMeasure(measure.unit, mean)}</span>` : nothing}
    </td>`;
  }

  private differenceCell(row: DayRow, v: number, manyRow: ManyDaysRow | undefined): unknown {
    const c = manyRow?.cells[v];
    if (c?.difference == null) return html`<td class="difference"></td>`;
    const days = c.difference.n;
    const constant = c.difference.sd === 0;
    const tally = constant ? '' : c.verdict === 'same' ? 'could be chance' : `${c.verdict} on ${c.verdict === 'better' ? c.daysBetter : c.daysWorse} of ${days} days`;
    return html`<td class="difference" data-office=${v} data-measure=${row.measure.key}>
      <span class=${`diff ${c.verdict}`} title=${`Difference from ${this.labels[0]} per day: the mean over ${days} simulated days and its 95% confidence interval`}
        >${formatDifference(row.measure, c.difference)}${tally === '' ? nothing : html`<small>${tally}</small>`}</span
      >
    </td>`;
  }

  override render(): unknown {
    const many = this.many;
    const rows = many.state === 'done' ? many.rows : [];
    const profit = rows.find((r) => r.measure.key === 'profit');
    const headlines = this.labels.slice(1).map((label, i) => headline(label, this.labels[0]!, profit, i + 1));
    const shares = this.labels.map((_, v) => shareHeadline(this.labels, rows, v)).filter((h): h is string => h !== null);
    const manyRowOf = (row: DayRow): ManyDaysRow | undefined => rows.find((r) => r.measure.key === row.measure.key);
    const shown = this.dayRows.filter((row) => !isAlwaysZero(row.values, many.state === 'done' ? manyRowOf(row) : undefined));
    return html`
      <h2>${this.heading}: the end of the day</h2>
      <p class="sub">
        Big numbers: the day you just watched (simulated day ${this.day}).${many.state === 'done'
          ? ` Small: the average over ${many.days} simulated days on the same random streams, and the difference from “${this.labels[0]}” with its 95% confidence interval.`
          : ''}
      </p>
      ${many.state === 'running'
        ? html`<p class="progress" role="status">Simulating more days to check this one was not a fluke: <progress max=${many.total} .value=${many.done}></progress> ${many.done} of ${many.total}</p>`
        : many.state === 'error'
          ? html`<p class="progress error" role="alert">The other days could not be simulated: ${many.message}</p>`
          : html`<ul class="headlines">
              ${headlines.map((h, i) => (h === null ? nothing : html`<li style=${`--office:${variantColor(i + 1)}`}>${h}</li>`))}
              ${shares.map((h) => html`<li class="share">${h}</li>`)}
            </ul>`}
      <table class=${this.labels.length > 2 ? 'three' : ''}>
        <thead>
          <tr>
            <th scope="col"></th>
            ${this.labels.flatMap((label, v) => [
              html`<th scope="col" style=${`--office:${variantColor(v)}`}><span class="swatch"></span>${label}</th>`,
              ...(v > 0 ? [html`<th scope="col" class="difference">Difference per day (95% CI)</th>`] : []),
            ])}
          </tr>
        </thead>
        <tbody>
          ${shown.map(
            (row) => html`<tr>
              <th scope="row">${row.measure.label}</th>
              ${this.labels.flatMap((_, v) => [this.officeCell(row, v, manyRowOf(row)), ...(v > 0 ? [this.differenceCell(row, v, manyRowOf(row))] : [])])}
            </tr>`,
          )}
        </tbody>
      </table>
      <div class="actions"><button class="close" @click=${() => this.dispatchEvent(new TrainerCommandEvent('close'))}>Back to the replay (Esc)</button></div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'summary-slide': SummarySlide;
  }
}
