/**
 * `<results-view>`: the answer, in tabs: an overview (headline numbers, the queue through the day,
 * money), the counter, staff and cover, the back office, money, the comparison with the baseline,
 * and every number. Only the open tab's charts are on the page, so a run redraws only what is seen.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { CompareSummary, RunSummary } from '../../analysis/run-summary.js';
import { DEFAULT_PERIOD, PERIODS, type Period } from '../../analysis/period.js';
import { compareInPeriod, runInPeriod } from '../../analysis/period-summaries.js';
import type { Comparison, RunRecord } from '../state/store.js';
import { tabStyles, controlStyles } from '../styles/shared.js';
import './kpi-grid.js';
import './metrics-table.js';
import './breakdown-table.js';
import './erlang-baseline.js';
import '../compare/compare-view.js';
import '../charts/queue-length-chart.js';
import '../charts/wait-by-time-chart.js';
import '../charts/wait-histogram-chart.js';
import '../charts/people-present-chart.js';
import '../charts/coverage-gaps-chart.js';
import '../charts/utilization-chart.js';
import '../charts/activity-chart.js';
import '../charts/backlog-chart.js';
import '../charts/proficiency-chart.js';
import '../charts/money-chart.js';

export const RESULT_TABS = [
  { id: 'overview', label: 'Overview' },
  { id: 'counter', label: 'Counter' },
  { id: 'staff', label: 'Staff & cover' },
  { id: 'back', label: 'Back office' },
  { id: 'money', label: 'Money' },
  { id: 'compare', label: 'Compare' },
  { id: 'numbers', label: 'All numbers' },
] as const;
export type ResultTab = (typeof RESULT_TABS)[number]['id'];

const MONEY_KEYS = ['profit', 'revenue', 'revenueLost', 'cost.total', 'cost.wages', 'cost.overtime', 'cost.training', 'cost.penalties'] as const;

const BACK_KEYS = ['back.completed', 'back.waitMean', 'back.timeInSystemMean', 'back.backlogEnd', 'back.lateRate', 'utilization.back'];
const COUNTER_KEYS = ['front.waitMean', 'front.waitP90', 'front.serviceLevel', 'front.probWait', 'front.abandonRate', 'front.lostRate', 'front.queueMean', 'front.unstaffedMinutes'];
const STAFF_KEYS = ['coverage.gapMinutes', 'coverage.coverMinutes', 'front.unstaffedMinutes', 'utilization.front', 'utilization.back'];

const CLASS_COLUMNS = [
  { suffix: 'waitMean', label: 'Mean wait' },
  { suffix: 'serviceLevel', label: 'Service level' },
  { suffix: 'abandonRate', label: 'Abandonment' },
];
const TASK_COLUMNS = [{ suffix: 'waitMean', label: 'Mean wait before work starts' }];
const SKILL_COLUMNS = [
  { suffix: 'gapMinutes', label: 'Coverage gaps' },
  { suffix: 'utilization', label: 'Utilization' },
];

function present(summary: RunSummary, keys: readonly string[]): string[] {
  return keys.filter((k) => k in summary.metrics);
}

/**
 * The counter's cards: "Customers lost" only when someone was lost otherwise than by giving up
 * (balked, turned away at closing); else it is the abandonment figure again, shown twice.
 */
function counterKeys(summary: RunSummary): string[] {
  const m = summary.metrics;
  const lostOtherwise = (m['front.balked']?.mean ?? 0) > 0 || (m['front.turnedAway']?.mean ?? 0) > 0;
  return present(summary, COUNTER_KEYS).filter((k) => k !== 'front.lostRate' || lostOtherwise);
}

/** "Service level 72.8% is below the target of 80% served within 5 min", or null when it meets it. */
export function serviceLevelShortfall(summary: RunSummary): string | null {
  const level = summary.metrics['front.serviceLevel']?.mean;
  const target = summary.serviceLevelTarget;
  if (level === null || level === undefined || level >= target.fraction) return null;
  const pct = (x: number) => `${(x * 100).toLocaleString('en-US', { maximumFractionDigits: 1 })}%`;
  return `Service level ${pct(level)} is below the target of ${pct(target.fraction)} served within ${target.withinMinutes.toLocaleString('en-US')} min.`;
}

@customElement('results-view')
export class ResultsView extends LitElement {
  static override styles = [
    controlStyles,
    tabStyles,
    css`
      :host {
        display: block;
      }
      .bar {
        display: flex;
        flex-wrap: wrap;
        align-items: flex-end;
        justify-content: space-between;
        gap: 0.5rem 1rem;
        margin-bottom: 1rem;
      }
      .bar [role='tablist'] {
        margin-bottom: 0;
        flex: 1 1 auto;
        /* A widened editor leaves less room: the tabs wrap rather than scroll out of sight. */
        flex-wrap: wrap;
        overflow-x: visible;
      }
      .periods {
        display: inline-flex;
        align-items: center;
        gap: 0.4rem;
        font-size: 0.85rem;
        color: var(--text-2);
        padding-bottom: 0.3rem;
      }
      .periods .seg {
        display: inline-flex;
        border: 1px solid var(--border-strong);
        border-radius: var(--radius-sm);
        overflow: hidden;
      }
      .periods button {
        border: 0;
        border-radius: 0;
        background: var(--surface);
        color: var(--text);
        padding: 0.25rem 0.6rem;
        font: inherit;
        cursor: pointer;
      }
      .periods button + button {
        border-left: 1px solid var(--border-strong);
      }
      .periods button[aria-pressed='true'] {
        background: var(--accent);
        color: #fff;
        font-weight: 600;
      }
      .panel {
        display: flex;
        flex-direction: column;
        gap: 1rem;
      }
      .charts {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 27rem), 1fr));
        gap: 1rem;
        align-items: stretch;
      }
      .charts > .wide {
        grid-column: 1 / -1;
      }
      .placeholder {
        padding: 3rem 1rem;
        text-align: center;
        color: var(--text-2);
        background: var(--surface);
        border: 1px dashed var(--border-strong);
        border-radius: var(--radius);
      }
      .shortfall {
        margin: 0;
        padding: 0.45rem 0.75rem;
        border-left: 4px solid var(--bad);
        background: var(--bad-soft);
        border-radius: var(--radius-sm);
        font-size: 0.92rem;
      }
      .partial {
        font-size: 0.85rem;
        color: var(--text-2);
        margin: -0.4rem 0 0;
      }
      .dot {
        display: inline-block;
        width: 0.5rem;
        height: 0.5rem;
        border-radius: 50%;
        background: var(--good);
        margin-left: 0.35rem;
        vertical-align: 0.1rem;
      }
    `,
  ];

  @property({ attribute: false }) run: RunRecord | null = null;
  @property({ attribute: false }) baseline: RunRecord | null = null;
  @property({ attribute: false }) comparison: Comparison | null = null;
  /** The baseline is being re-run with the current settings. */
  @property({ type: Boolean, attribute: 'baseline-rerunning' }) baselineRerunning = false;
  @state() tab: ResultTab = 'overview';
  /** The period every count, amount and minutes total is shown in: per day by default. */
  @state() period: Period = DEFAULT_PERIOD;

  // The summaries in the period, kept while neither changes, so charts redraw only when they must.
  private runView: { from: RunSummary; period: Period; shown: RunSummary } | null = null;
  private compareView: { from: CompareSummary; period: Period; shown: CompareSummary } | null = null;

  private shownRun(from: RunSummary): RunSummary {
    if (this.runView?.from !== from || this.runView.period !== this.period) this.runView = { from, period: this.period, shown: runInPeriod(from, this.period) };
    return this.runView.shown;
  }

  private shownComparison(from: CompareSummary): CompareSummary {
    if (this.compareView?.from !== from || this.compareView.period !== this.period) this.compareView = { from, period: this.period, shown: compareInPeriod(from, this.period) };
    return this.compareView.shown;
  }

  private onTabKey(event: KeyboardEvent): void {
    const index = RESULT_TABS.findIndex((t) => t.id === this.tab);
    let next = index;
    if (event.key === 'ArrowRight') next = (index + 1) % RESULT_TABS.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + RESULT_TABS.length) % RESULT_TABS.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = RESULT_TABS.length - 1;
    else return;
    event.preventDefault();
    this.tab = RESULT_TABS[next]!.id;
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#result-tab-${this.tab}`)?.focus());
  }

  override render() {
    const compareReady = this.comparison?.ok === true;
    const words = { day: 'Per day', week: 'Per week', run: 'Whole run' } as const;
    return html`
      <div class="bar">
      <div role="tablist" aria-label="Results" @keydown=${this.onTabKey}>
        ${RESULT_TABS.map(
          (t) => html`<button
            role="tab"
            id="result-tab-${t.id}"
            aria-selected=${this.tab === t.id ? 'true' : 'false'}
            aria-controls="results-panel"
            tabindex=${this.tab === t.id ? 0 : -1}
            @click=${() => (this.tab = t.id)}
          >
            ${t.label}${t.id === 'compare' && compareReady ? html`<span class="dot" aria-label="(comparison ready)"></span>` : nothing}
          </button>`,
        )}
      </div>
      <div class="periods" role="group" aria-label="Show counts, money and minutes">
        <span id="periods-label">Totals</span>
        <span class="seg">
          ${PERIODS.map(
            (p) => html`<button type="button" data-period=${p} aria-pressed=${this.period === p ? 'true' : 'false'} title=${p === 'week' ? 'A week is 5 working days (7 in an office that never closes)' : ''} @click=${() => (this.period = p)}>
              ${words[p]}
            </button>`,
          )}
        </span>
      </div>
      </div>
      <div class="panel" id="results-panel" role="tabpanel" aria-labelledby="result-tab-${this.tab}">${this.renderTab()}</div>
    `;
  }

  private renderTab() {
    if (this.tab === 'compare') {
      return html`<compare-view .comparison=${this.comparison} .baseline=${this.baseline} .run=${this.run} .period=${this.period} ?baseline-rerunning=${this.baselineRerunning}></compare-view>`;
    }
    const run = this.run;
    const whole = run?.summary ?? null;
    if (whole === null) {
      const text =
        run?.status === 'running'
          ? 'The first results appear as soon as a replication finishes…'
          : run?.status === 'failed'
            ? 'The run failed; see the message above.'
            : 'Run the simulation to see results.';
      return html`<div class="placeholder">${text}</div>`;
    }
    const summary = this.shownRun(whole);
    const partial = run!.status !== 'done';
    const comparison = this.comparison?.ok ? this.shownComparison(this.comparison.summary) : null;
    const note = partial
      ? html`<p class="partial">
          ${run!.status === 'running' ? 'Results so far' : 'Partial results'}: ${summary.replications.toLocaleString('en-US')} of
          ${run!.total.toLocaleString('en-US')} replications.${run!.status === 'running' ? ' Numbers will settle as more come in.' : ''}
        </p>`
      : nothing;
    const shortfall = serviceLevelShortfall(summary);
    const flag = shortfall === null ? nothing : html`<p class="shortfall" role="status">${shortfall}</p>`;
    switch (this.tab) {
      case 'overview':
        return html`${note}${flag}
          <kpi-grid .summary=${summary} .comparison=${comparison} ?partial=${partial}></kpi-grid>
          <div class="charts">
            <queue-length-chart .data=${summary}></queue-length-chart>
            <coverage-gaps-chart .data=${summary}></coverage-gaps-chart>
            <money-chart class="wide" .data=${summary}></money-chart>
          </div>`;
      case 'counter':
        return html`${note}${flag}
          <kpi-grid compact .summary=${summary} .comparison=${comparison} .metrics=${counterKeys(summary)} ?partial=${partial}></kpi-grid>
          <breakdown-table heading="By customer class" rowLabel="Class" family="customer" .names=${summary.customers} .columns=${CLASS_COLUMNS} .summary=${summary}></breakdown-table>
          <div class="charts">
            <queue-length-chart .data=${summary}></queue-length-chart>
            <wait-by-time-chart .data=${summary}></wait-by-time-chart>
            <wait-histogram-chart class="wide" .data=${summary}></wait-histogram-chart>
          </div>
          <erlang-baseline .scenario=${run!.scenario} .summary=${summary}></erlang-baseline>`;
      case 'staff':
        return html`${note}
          <kpi-grid compact .summary=${summary} .comparison=${comparison} .metrics=${present(summary, STAFF_KEYS)} ?partial=${partial}></kpi-grid>
          <breakdown-table heading="By skill" rowLabel="Skill" family="skill" .names=${summary.skills} .columns=${SKILL_COLUMNS} .summary=${summary}></breakdown-table>
          <div class="charts">
            <people-present-chart .data=${summary}></people-present-chart>
            <coverage-gaps-chart .data=${summary}></coverage-gaps-chart>
            <utilization-chart .data=${summary}></utilization-chart>
            <activity-chart .data=${summary}></activity-chart>
            ${summary.learning !== undefined ? html`<proficiency-chart class="wide" .data=${summary}></proficiency-chart>` : nothing}
          </div>`;
      case 'back':
        return html`${note}
          <kpi-grid compact .summary=${summary} .comparison=${comparison} .metrics=${present(summary, BACK_KEYS)} ?partial=${partial}></kpi-grid>
          <breakdown-table heading="By task type" rowLabel="Task" family="task" .names=${summary.tasks} .columns=${TASK_COLUMNS} .summary=${summary}></breakdown-table>
          <div class="charts"><backlog-chart class="wide" .data=${summary}></backlog-chart></div>`;
      case 'money':
        return html`${note}
          <kpi-grid compact .summary=${summary} .comparison=${comparison} .metrics=${MONEY_KEYS.filter((k) => k in summary.metrics)} ?partial=${partial}></kpi-grid>
          <div class="charts"><money-chart class="wide" .data=${summary}></money-chart></div>`;
      case 'numbers':
        return html`${note}<metrics-table .summary=${summary}></metrics-table>`;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'results-view': ResultsView;
  }
}
