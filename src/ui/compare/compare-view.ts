/**
 * `<compare-view>`: the kept baseline against the latest run on the same seed. It lists what changed
 * in the scenario, says in sentences which headline numbers moved beyond chance (paired differences
 * whose 95% CI excludes zero), draws both side by side, and tabulates every metric's difference.
 * Without a baseline it explains how to make a comparison.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { CompareSummary } from '../../analysis/run-summary.js';
import { formatInterval } from '../../analysis/format.js';
import { KPI_KEYS, metricInfo } from '../../analysis/metric-info.js';
import { formatMoney } from '../../analysis/format.js';
import { changePayback, describePayback, type ChangePayback } from '../../analysis/payback.js';
import { DEFAULT_PERIOD, periodSuffix, type Period } from '../../analysis/period.js';
import { compareInPeriod } from '../../analysis/period-summaries.js';
import { differenceFormatter } from '../results/difference.js';
import type { Comparison, RunRecord } from '../state/store.js';
import { cardStyles, controlStyles } from '../styles/shared.js';
import { verdict } from '../results/kpi-card.js';
import { diffDrafts } from './draft-diff.js';
import { changeWords } from './change-words.js';
import { verdictSentence } from './verdict.js';
import { CommandEvent } from '../events.js';
import '../results/metrics-table.js';
import '../charts/kpi-comparison-chart.js';

/** One sentence per headline metric: "Profit: +1,240 (95% CI +800 – +1,700), better." */
export function headlines(summary: CompareSummary): { key: string; text: string; kind: ReturnType<typeof verdict> }[] {
  const currency = summary.runs[0]?.currency ?? null;
  return KPI_KEYS.flatMap((key) => {
    const d = summary.metrics[key]?.differences[0];
    if (d === undefined || d === null || d.mean === null) return [];
    const kind = verdict(key, d);
    const format = differenceFormatter(key, d.mean, currency);
    const period = periodSuffix(key, summary.period);
    const ci = d.ci95 !== null ? ` (95% CI ${formatInterval(d.ci95, format)})` : '';
    const words = { better: 'better', worse: 'worse', neutral: 'a real change', insignificant: 'could be chance' } as const;
    return [{ key, kind, text: `${metricInfo(key).label}${period ? ` ${period}` : ''}: ${format(d.mean)}${ci}, ${words[kind]}.` }];
  });
}

@customElement('compare-view')
export class CompareView extends LitElement {
  static override styles = [
    controlStyles,
    cardStyles,
    css`
      :host {
        display: flex;
        flex-direction: column;
        gap: 1rem;
      }
      .card {
        padding: 0.9rem 1.1rem;
      }
      h3 {
        font-size: 1rem;
        margin-bottom: 0.5rem;
      }
      ol.steps {
        margin: 0.4rem 0 0;
        padding-left: 1.3rem;
        line-height: 1.7;
      }
      ul.changes,
      ul.headlines {
        margin: 0;
        padding: 0;
        list-style: none;
        display: flex;
        flex-direction: column;
        gap: 0.3rem;
      }
      ul.changes li {
        font-size: 0.9rem;
      }
      code {
        font-family: var(--mono);
        font-size: 0.82rem;
        background: var(--surface-3);
        padding: 0.05rem 0.3rem;
        border-radius: 3px;
      }
      ul.headlines li {
        padding: 0.35rem 0.6rem;
        border-radius: var(--radius-sm);
        border-left: 4px solid var(--border-strong);
        background: var(--surface-2);
        font-variant-numeric: tabular-nums;
      }
      ul.headlines li.better {
        border-left-color: var(--good);
        background: var(--good-soft);
      }
      ul.headlines li.worse {
        border-left-color: var(--bad);
        background: var(--bad-soft);
      }
      ul.headlines li.neutral {
        border-left-color: var(--accent);
        background: var(--accent-soft);
      }
      ul.headlines li.insignificant {
        color: var(--text-2);
      }
      .note {
        color: var(--text-2);
        font-size: 0.88rem;
        margin: 0.5rem 0 0;
      }
      .reason {
        color: var(--warn);
      }
      section.verdict {
        border-left: 5px solid var(--accent);
      }
      .verdict-text {
        margin: 0;
        font-size: 1.15rem;
        font-weight: 600;
        line-height: 1.45;
        font-variant-numeric: tabular-nums;
      }
      p.actions {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.4rem 0.8rem;
        margin: 0.6rem 0 0;
      }
      p.actions .note {
        margin: 0;
      }
      .payback p {
        margin: 0.25rem 0;
        font-variant-numeric: tabular-nums;
      }
      .payback .verdict {
        font-weight: 650;
        padding: 0.35rem 0.6rem;
        border-radius: var(--radius-sm);
        border-left: 4px solid var(--border-strong);
        background: var(--surface-2);
      }
      .payback.pays .verdict {
        border-left-color: var(--good);
        background: var(--good-soft);
      }
      .payback.never .verdict {
        border-left-color: var(--bad);
        background: var(--bad-soft);
      }
      .muted {
        color: var(--text-2);
      }
    `,
  ];

  @property({ attribute: false }) comparison: Comparison | null = null;
  @property({ attribute: false }) baseline: RunRecord | null = null;
  @property({ attribute: false }) run: RunRecord | null = null;
  /** The baseline is being re-run with the current settings. */
  @property({ type: Boolean, attribute: 'baseline-rerunning' }) baselineRerunning = false;

  /** The period counts, money and minutes are shown in. */
  @property({ attribute: false }) period: Period = DEFAULT_PERIOD;

  // The comparison in the period, kept while neither changes, so the chart redraws only when it must.
  private shown: { from: CompareSummary; period: Period; view: CompareSummary } | null = null;

  /** The one-off cost of the change and its payback; null when the change costs nothing once. */
  private payback(summary: CompareSummary): ChangePayback | null {
    if (this.baseline === null || this.run === null) return null;
    return changePayback(summary, 1, this.baseline.scenario, this.run.scenario);
  }

  private renderPayback(summary: CompareSummary) {
    const p = this.payback(summary);
    if (p === null) return nothing;
    const currency = summary.runs[0]?.currency ?? null;
    const money = (v: number) => formatMoney(v, { currency });
    const signed = (v: number) => formatMoney(v, { currency, sign: true });
    const gain = p.gainPerDay;
    const trained = p.oneOff.newSkills.map((s) => `${s.person} learns ${s.skill}`).join(', ');
    return html`<section class="card payback ${p.payback.status}" aria-label="One-off cost and payback">
      <h3>One-off cost and payback</h3>
      <p class="oneoff">One-off training: <strong>${money(p.oneOff.cost)}</strong> <span class="muted">(${trained})</span></p>
      <p>
        Gain a day before the training charge: <strong>${gain.mean === null ? '–' : signed(gain.mean)}</strong>
        ${gain.ci95 !== null ? html`<span class="muted">(95% CI ${formatInterval(gain.ci95, signed)})</span>` : nothing}
      </p>
      <p class="verdict" data-status=${p.payback.status}>${describePayback(p.payback, p.oneOff.cost, money)}</p>
      <p class="note">
        The results spread training over ${this.run!.scenario.costs.trainingAmortizationDays} days (${signed(-p.oneOff.cost / this.run!.scenario.costs.trainingAmortizationDays)} a
        day in profit); payback counts the one-off amount once against the day-by-day gain. Days are working days.
      </p>
    </section>`;
  }

  override render() {
    if (this.baseline === null) {
      return html`<section class="card">
        <h3>Compare two versions of the office</h3>
        <ol class="steps">
          <li>Run the office as it is now.</li>
          <li>Press <strong>Keep as baseline</strong>.</li>
          <li>Change one thing: cross-train someone in the Skills tab, add a person, change a break.</li>
          <li>Run again. Both runs use the same seed, so they see the same customers, tasks and absences: the differences come from your change, not from luck.</li>
        </ol>
      </section>`;
    }
    const comparison = this.comparison;
    if (comparison === null) {
      const running = this.run?.status === 'running';
      return html`<section class="card">
        <h3>Baseline kept</h3>
        <p class="note">${running ? 'The comparison appears when this run is complete.' : 'Now change something in the scenario and run again to compare with the baseline.'}</p>
      </section>`;
    }
    if (!comparison.ok) {
      return html`<section class="card" aria-label="Cannot compare">
        <h3>These runs cannot be compared</h3>
        <p class="reason">${comparison.reason}</p>
        ${comparison.settingsDiffer
          ? html`<p class="actions">
              <button type="button" class="primary" id="rerun-baseline" ?disabled=${this.baselineRerunning} @click=${() => this.dispatchEvent(new CommandEvent('rerun-baseline'))}>
                ${this.baselineRerunning ? 'Re-running the baseline…' : 'Re-run the baseline with these settings'}
              </button>
              <span class="note">The baseline's office stays as it was; only its seed, replications, days and warm-up follow this run.</span>
            </p>`
          : nothing}
      </section>`;
    }
    const run = this.run;
    const changes = run !== null ? diffDrafts(this.baseline.draft, run.draft) : [];
    const words = run !== null ? changes.map((c) => changeWords(c, this.baseline!.draft, run.draft)) : [];
    const verdict =
      run === null
        ? null
        : verdictSentence({ summary: comparison.summary, calendar: run.scenario.calendar, changes: words, payback: this.payback(comparison.summary) });
    if (this.shown?.from !== comparison.summary || this.shown.period !== this.period) {
      this.shown = { from: comparison.summary, period: this.period, view: compareInPeriod(comparison.summary, this.period) };
    }
    const shown = this.shown.view;
    const lines = headlines(shown);
    const clear = lines.filter((l) => l.kind !== 'insignificant');
    const unclear = lines.filter((l) => l.kind === 'insignificant');
    return html`
      ${verdict !== null ? html`<section class="card verdict" aria-label="Verdict"><p class="verdict-text">${verdict}</p></section>` : nothing}
      <section class="card">
        <h3>What changed since the baseline</h3>
        ${changes.length === 0
          ? html`<p class="note">Nothing: this run simulated the same scenario as the baseline, so every difference is zero.</p>`
          : html`<ul class="changes">
              ${changes.map((c, i) => html`<li title=${c.path}>${words[i]!.text}</li>`)}
            </ul>`}
      </section>
      <section class="card" aria-label="Headline differences">
        <h3>Effect on the headline numbers</h3>
        ${clear.length === 0
          ? html`<p class="note">No headline number changed beyond what chance could explain with ${comparison.summary.replications} replications.</p>`
          : html`<ul class="headlines">
              ${clear.map((l) => html`<li class=${l.kind} data-metric=${l.key}>${l.text}</li>`)}
            </ul>`}
        ${unclear.length > 0
          ? html`<p class="note">No clear change (the 95% interval includes zero): ${unclear.map((l) => metricInfo(l.key).label.toLowerCase()).join(', ')}.</p>`
          : nothing}
        <p class="note">Differences are paired: replication by replication on the same random numbers (seed ${comparison.summary.seed}), then averaged over ${comparison.summary.replications} replications. Counts, money and minutes ${shown.period!.words}.</p>
      </section>
      ${this.renderPayback(comparison.summary)}
      <kpi-comparison-chart .data=${shown}></kpi-comparison-chart>
      <metrics-table .comparison=${shown}></metrics-table>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'compare-view': CompareView;
  }
}
