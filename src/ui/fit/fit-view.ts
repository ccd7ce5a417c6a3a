/**
 * The fit view: what the office's records say, fitted in a worker (fit-client.ts) with the same
 * code as `office-sim fit`: the verdict of the fit check, the rows left out, per customer class the
 * arrival profile by weekday, the service-time fits with their densities and Q-Q plots, patience
 * from censored waits, and simulated beside observed through the day. "Use this office" hands the
 * fitted scenario to the app, which loads it into the editor.
 *
 * @fires use-fitted-office - UseFittedOfficeEvent with the fitted office as YAML
 * @fires close-fit - the view is closed without loading anything
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { fitArrivalsChart } from '../../analysis/charts/fit-arrivals.js';
import { fitCheckChart } from '../../analysis/charts/fit-check.js';
import { fitDensityChart } from '../../analysis/charts/fit-density.js';
import { fitPatienceChart } from '../../analysis/charts/fit-patience.js';
import { fitQqChart } from '../../analysis/charts/fit-qq.js';
import { fitStaffingChart } from '../../analysis/charts/fit-staffing.js';
import { CHECK_MEASURES, MEASURE_LABELS } from '../../analysis/fit/check.js';
import type { CustomerFit, FitResult } from '../../analysis/fit/fit.js';
import { problemText } from '../../analysis/fit/records.js';
import { clockText } from '../../analysis/fit/scenario.js';
import { formatNumber } from '../../analysis/format.js';
import { cardStyles, controlStyles } from '../styles/shared.js';
import { fitInWorker, type FitOutcome, type FitProgress } from './fit-client.js';

export class UseFittedOfficeEvent extends Event {
  constructor(
    readonly yaml: string,
    readonly fileName: string,
  ) {
    super('use-fitted-office', { bubbles: true, composed: true });
  }
}

const CHART_WIDTH = 400;
const n = (x: number | null | undefined, digits = 1): string => (x === null || x === undefined || !Number.isFinite(x) ? '–' : formatNumber(x, { digits }));

@customElement('fit-view')
export class FitView extends LitElement {
  static override styles = [
    controlStyles,
    cardStyles,
    css`
      :host {
        position: fixed;
        inset: 0;
        z-index: 40;
        display: flex;
        flex-direction: column;
        background: var(--bg);
        overflow: hidden;
      }
      .bar {
        display: flex;
        align-items: center;
        gap: 0.8rem;
        padding: 0.6rem 1.2rem;
        background: var(--surface);
        border-bottom: 1px solid var(--border);
      }
      .bar h2 {
        flex: 1;
        margin: 0;
        font-size: 1.1rem;
      }
      .body {
        overflow: auto;
        padding: 1rem 1.2rem 2rem;
      }
      .verdict {
        padding: 0.7rem 1rem;
        border-radius: var(--radius);
        background: var(--good-soft);
        border: 1px solid var(--good);
        margin-bottom: 0.8rem;
      }
      .verdict.departs {
        background: var(--warn-soft);
        border-color: var(--warn);
      }
      .card {
        padding: 0.8rem 1rem;
        margin-bottom: 1rem;
      }
      h3 {
        margin: 0 0 0.3rem;
        font-size: 1.05rem;
      }
      h4 {
        margin: 0.6rem 0 0.2rem;
        font-size: 0.95rem;
      }
      .charts {
        display: flex;
        flex-wrap: wrap;
        gap: 0.8rem 1.2rem;
      }
      .charts figure {
        margin: 0;
      }
      figcaption {
        color: var(--text-2);
        font-size: 0.85rem;
        font-weight: 600;
      }
      .facts {
        color: var(--text-2);
        font-size: 0.9rem;
        margin: 0.2rem 0 0.4rem;
      }
      ul.problems {
        margin: 0.3rem 0;
        padding-left: 1.2rem;
        font-size: 0.9rem;
      }
      progress {
        width: 20rem;
      }
      .error {
        color: var(--bad);
      }
    `,
  ];

  /** The record files to fit (visit log first); a new list starts a new fit. */
  @property({ attribute: false }) files: { visits: File; tasks?: File; absences?: File } | null = null;

  @state() private progress: FitProgress | null = null;
  @state() private outcome: FitOutcome | null = null;
  @state() private error: string | null = null;
  private abort: AbortController | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('files') && this.files !== null) void this.start(this.files);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
  }

  private async start(files: { visits: File; tasks?: File; absences?: File }): Promise<void> {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.outcome = null;
    this.error = null;
    this.progress = { stage: `Reading ${files.visits.name}`, done: 0, total: files.visits.size };
    try {
      this.outcome = await fitInWorker({ ...files, checkDays: 20 }, (p) => (this.progress = p), abort.signal);
    } catch (error) {
      if (abort.signal.aborted) return;
      this.error = error instanceof Error ? error.message : String(error);
    } finally {
      if (this.abort === abort) this.progress = null;
    }
  }

  private use(): void {
    if (this.outcome === null) return;
    this.dispatchEvent(new UseFittedOfficeEvent(this.outcome.yaml, 'fitted-office.yaml'));
  }

  private close(): void {
    this.abort?.abort();
    this.dispatchEvent(new Event('close-fit', { bubbles: true, composed: true }));
  }

  override render() {
    const fit = this.outcome?.fit ?? null;
    return html`<div class="bar">
        <h2>${fit === null ? `Fitting ${this.files?.visits.name ?? 'records'}…` : fit.name}</h2>
        <button type="button" class="primary" ?disabled=${fit === null} @click=${this.use} title="Load the fitted office into the editor">Use this office</button>
        <button type="button" @click=${this.close}>Close</button>
      </div>
      <div class="body" role="region" aria-label="Office fitted from records">
        ${this.progress !== null
          ? html`<p role="status">${this.progress.stage}… <progress max=${this.progress.total} value=${this.progress.done}></progress></p>`
          : nothing}
        ${this.error !== null ? html`<p class="error" role="alert">The records could not be fitted: ${this.error}</p>` : nothing}
        ${fit !== null ? this.renderFit(fit) : nothing}
      </div>`;
  }

  private renderFit(fit: FitResult) {
    const problems = fit.sources.flatMap((s) => s.problems);
    const check = fit.check;
    const departs = check !== null && check.verdict.startsWith('The model departs');
    const main = [...fit.calendar.weekdays].filter((w) => w.hours !== null).sort((a, b) => b.openDates.length * b.arrivalsPerDay - a.openDates.length * a.arrivalsPerDay)[0];
    return html`
      ${check !== null ? html`<div class="verdict ${departs ? 'departs' : ''}" role="status"><strong>Does it fit?</strong> ${check.verdict}</div>` : nothing}
      <section class="card">
        <h3>Records</h3>
        <p class="facts">
          ${fit.sources.map((s) => `${s.file}: ${formatNumber(s.used, { digits: 0 })} of ${formatNumber(s.rows, { digits: 0 })} rows used`).join('; ')}. ${fit.period.first} to
          ${fit.period.last}, ${fit.period.openDates} open dates; opening hours ${clockText(fit.calendar.base.open)}–${clockText(fit.calendar.base.close)}.
          ${fit.calendar.week.detected ? `Weekly calendar: ${fit.calendar.week.reason}.` : `Every day alike: ${fit.calendar.week.reason}.`}
          ${fit.calendar.week.detected && this.outcome?.emitsWeek === false ? 'This version of the simulator has no weekly calendar: the office loaded is the base day.' : ''}
        </p>
        ${problems.length > 0 ? html`<ul class="problems">${problems.map((p) => html`<li>${problemText(p)}</li>`)}</ul>` : nothing}
      </section>
      ${fit.customers.map((c) => this.renderCustomer(c))}
      <section class="card">
        <h3>Staffing, tasks and absences seen</h3>
        <p class="facts">
          Roster: ${fit.staffing.roster.map((r) => `${r.count > 1 ? `${r.name} ×${r.count}` : r.name} (${r.area}, ${clockText(r.shift.start)}–${clockText(Math.min(1440, r.shift.end))}${r.break ? `, break ${clockText(r.break.at)} ${r.break.minutes} min` : ''})`).join(', ') || 'nobody seen serving'}.
          ${fit.tasks.map((t) => `Task ${t.name}: ${n(t.arrivals.base.perDay.rate)} per day, work ${t.service.chosen ?? 'not fitted'} with mean ${n(t.service.candidates[0]?.mean.value ?? t.service.sampleMean, 2)} min.`).join(' ')}
          ${fit.absences !== null ? `Sick on ${n(fit.absences.overall.probability * 100)}% of ${formatNumber(fit.absences.overall.personDays, { digits: 0 })} person-days (95% CI ${n(fit.absences.overall.ci95[0] * 100)}–${n(fit.absences.overall.ci95[1] * 100)}%).` : ''}
        </p>
        <div class="charts"><figure><figcaption>People serving per half hour, by weekday</figcaption>${fitStaffingChart(fit.staffing, fit.calendar, { width: CHART_WIDTH * 2 })}</figure></div>
      </section>
      ${check !== null && main !== undefined
        ? html`<section class="card">
            <h3>Simulated beside observed, ${main.weekday}</h3>
            <p class="facts">The fitted office with the staffing seen in the records, ${check.simulatedDays} simulated days per weekday; dots: observed means per day with 95% intervals; line and band: simulated.</p>
            <div class="charts">${CHECK_MEASURES.map((m) => html`<figure><figcaption>${MEASURE_LABELS[m]}</figcaption>${fitCheckChart(check, main.weekday, m, { width: CHART_WIDTH })}</figure>`)}</div>
          </section>`
        : nothing}
    `;
  }

  private renderCustomer(c: CustomerFit) {
    const best = c.service.candidates[0];
    const p = c.patience;
    return html`<section class="card">
      <h3>${c.name}</h3>
      <p class="facts">
        ${formatNumber(c.visits, { digits: 0 })} visits (${formatNumber(c.served, { digits: 0 })} served, ${formatNumber(c.abandoned, { digits: 0 })} abandoned, ${formatNumber(c.balked, { digits: 0 })} balked);
        ${n(c.arrivals.base.perDay.rate)} arrivals per day on a base day.
        ${best ? `Service: ${best.family} (best by AIC), mean ${n(best.mean.value, 2)} min (95% CI ${n(best.mean.ci95?.[0], 2)}–${n(best.mean.ci95?.[1], 2)}), CV ${n(best.cv.value, 2)}.` : 'Too few services to fit a family.'}
        ${p.exponential ? `Patience: mean ${n(p.exponential.mean)} min (95% CI ${n(p.exponential.ci95[0])}–${n(p.exponential.ci95[1])}) from censored waits; the naive mean of abandoned waits would say ${n(p.naiveMean)} min.` : 'Nobody abandoned.'}
      </p>
      <div class="charts">
        <figure><figcaption>Arrivals per hour by weekday</figcaption>${fitArrivalsChart(c.arrivals, { width: CHART_WIDTH })}</figure>
        ${best ? html`<figure><figcaption>Service time: observed and fitted densities</figcaption>${fitDensityChart(c.service, { width: CHART_WIDTH })}</figure>
              <figure><figcaption>Service time: Q-Q plot</figcaption>${fitQqChart(c.service, { width: CHART_WIDTH })}</figure>` : nothing}
        ${p.exponential ? html`<figure><figcaption>Patience: still waiting after t minutes</figcaption>${fitPatienceChart(p, { width: CHART_WIDTH })}</figure>` : nothing}
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fit-view': FitView;
  }
  interface HTMLElementEventMap {
    'use-fitted-office': UseFittedOfficeEvent;
  }
}
