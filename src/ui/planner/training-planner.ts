/**
 * `<training-planner>`: "Who should I train?" The manager picks the objective, the budget (new
 * skills and/or a one-off cost) and the candidate trainings on the skills matrix; the search
 * (src/planning/training, the same as `office-sim plan-training`) runs in Web Workers and shows its
 * progress with the best plan so far; the frontier chart and table show the best plan per budget
 * step with its gain, 95% CI and payback. "Try this plan" asks the page to apply the plan as a
 * variant and compare it against today (event `apply-training-plan`). Cancel keeps what was found.
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { trainingFrontierChart, contributionChart } from '../../analysis/charts/training-frontier.js';
import { formatMoney, formatNumber } from '../../analysis/format.js';
import { KPI_KEYS, metricInfo } from '../../analysis/metric-info.js';
import { findMetric, metricKeys } from '../../sim/metric-catalogue.js';
import { measuredDays } from '../../sim/measured-days.js';
import type { Scenario } from '../../sim/scenario.js';
import { neededSkills, resolveTrainingProblem, staffEntries, type TrainingProblem } from '../../planning/training/problem.js';
import { planResultJson, type TrainingJson, type TrainingPlanJson } from '../../planning/training/result.js';
import { searchTrainingPlans, type SearchProgress } from '../../planning/training/search.js';
import { contributionAxis, contributionRows, differenceText, noPlanReason, frontierAxis, frontierChartPoints, paybackText } from '../../planning/training/view.js';
import { ScenarioEditEvent } from '../events.js';
import type { Draft } from '../state/store.js';
import { cardStyles, controlStyles, tableStyles } from '../styles/shared.js';
import { planRunner } from '../worker/plan-pool.js';

/** Asks the page to apply these trainings to the office and compare against today. */
export class ApplyTrainingPlanEvent extends Event {
  static readonly eventName = 'apply-training-plan' as const;
  constructor(readonly trainings: readonly TrainingJson[]) {
    super(ApplyTrainingPlanEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Asks the page to close the planner. */
export class ClosePlannerEvent extends Event {
  static readonly eventName = 'close-planner' as const;
  constructor() {
    super(ClosePlannerEvent.eventName, { bubbles: true, composed: true });
  }
}

type Status = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

function workers(): number {
  const cores = typeof navigator !== 'undefined' && navigator.hardwareConcurrency > 0 ? navigator.hardwareConcurrency : 2;
  return Math.min(8, cores);
}

@customElement('training-planner')
export class TrainingPlanner extends LitElement {
  static override styles = [
    controlStyles,
    cardStyles,
    tableStyles,
    css`
      :host { display: block; min-width: 0; }
      .card { padding: 0.9rem 1.1rem 1rem; margin-bottom: 0.9rem; }
      .top { display: flex; align-items: baseline; gap: 0.8rem; }
      .top h2 { margin: 0; font-size: 1.2rem; flex: 1; }
      .intro { color: var(--text-2); margin: 0.3rem 0 0.8rem; font-size: 0.9rem; }
      .settings { display: flex; flex-wrap: wrap; gap: 0.8rem 1.2rem; align-items: end; }
      .settings label { display: flex; flex-direction: column; gap: 0.2rem; font-size: 0.85rem; color: var(--text-2); }
      .settings input { width: 7rem; }
      .settings select { width: 21rem; max-width: 100%; }
      table.matrix { margin-top: 0.8rem; border-collapse: collapse; font-size: 0.88rem; }
      table.matrix th, table.matrix td { padding: 0.2rem 0.55rem; text-align: center; border-bottom: 1px solid var(--line, #e1e4e8); }
      table.matrix th.person { text-align: left; font-weight: 600; }
      .held { color: var(--text-2); }
      .buttons { display: flex; gap: 0.5rem; margin-top: 0.9rem; align-items: center; }
      .progress { margin-top: 0.6rem; font-size: 0.9rem; }
      .progress strong { font-weight: 650; }
      .error { color: #b3261e; }
      .chart { overflow-x: auto; }
      table.frontier { width: 100%; border-collapse: collapse; font-size: 0.88rem; margin-top: 0.6rem; }
      table.frontier th, table.frontier td { text-align: left; padding: 0.35rem 0.5rem; border-bottom: 1px solid var(--line, #e1e4e8); vertical-align: top; }
      table.frontier td.num { text-align: right; white-space: nowrap; }
      .note { font-size: 0.82rem; color: var(--text-2); margin: 0.5rem 0 0; }
    `,
  ];

  /** The office as the editor holds it (for the planning.training section). */
  @property({ attribute: false }) draft: Draft | null = null;
  /** The office, validated; null when it has errors. */
  @property({ attribute: false }) scenario: Scenario | null = null;

  @state() private objective = 'profit';
  @state() private maxTrainings: number | null = 3;
  @state() private maxCost: number | null = null;
  @state() private proficiency = 0.7;
  /** Candidate pairs switched off in the matrix ("person\u0000skill"). */
  @state() private excluded = new Set<string>();
  @state() private status: Status = 'idle';
  @state() private progress: SearchProgress | null = null;
  @state() private result: TrainingPlanJson | null = null;
  @state() private error: string | null = null;
  @state() private chartWidth = 640;

  private controller: AbortController | null = null;
  private problem: TrainingProblem | null = null;
  private resizer: ResizeObserver | null = null;
  private seededFrom: unknown = undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizer = new ResizeObserver(() => {
      const w = this.renderRoot.querySelector<HTMLElement>('.card')?.clientWidth;
      if (w !== undefined && w > 0) this.chartWidth = Math.max(360, Math.min(900, w - 40));
    });
    this.updateComplete.then(() => {
      const card = this.renderRoot.querySelector('.card');
      if (card) this.resizer?.observe(card);
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizer?.disconnect();
    this.controller?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Start from the file's planning.training section, once per office.
    const section = this.draft?.planning?.training;
    if (changed.has('draft') && section !== this.seededFrom) {
      this.seededFrom = section;
      if (section !== undefined) {
        this.objective = section.objective ?? 'profit';
        this.maxTrainings = section.maxTrainings ?? null;
        this.maxCost = section.maxCost ?? null;
        this.proficiency = section.candidates?.proficiency ?? 0.7;
        // The file's restriction shown on the matrix: what it leaves out is unticked.
        if (this.scenario !== null) {
          const all = resolveTrainingProblem(this.scenario, undefined, {});
          const allowed = resolveTrainingProblem(this.scenario, section, {});
          if (all.ok && allowed.ok) {
            const kept = new Set(allowed.problem.candidates.map((c) => `${c.person}\u0000${c.skill}`));
            this.excluded = new Set(all.problem.candidates.map((c) => `${c.person}\u0000${c.skill}`).filter((k) => !kept.has(k)));
          }
        }
      }
    }
  }

  private resolved() {
    if (this.scenario === null) return null;
    const all = resolveTrainingProblem(this.scenario, this.draft?.planning?.training, {
      objective: this.objective,
      maxTrainings: this.maxTrainings ?? undefined,
      maxCost: this.maxCost ?? undefined,
      proficiency: this.proficiency,
    });
    if (!all.ok) return all;
    const chosen = all.problem.candidates.filter((c) => !this.excluded.has(`${c.person}\u0000${c.skill}`));
    return resolveTrainingProblem(this.scenario, this.draft?.planning?.training, {
      objective: this.objective,
      maxTrainings: this.maxTrainings ?? undefined,
      maxCost: this.maxCost ?? undefined,
      proficiency: this.proficiency,
      candidates: chosen.map((c) => ({ person: c.person, skill: c.skill })),
    });
  }

  private async start(): Promise<void> {
    const resolved = this.resolved();
    if (resolved === null) return;
    if (!resolved.ok) {
      this.error = resolved.errors.map((e) => e.message).join('; ');
      return;
    }
    const problem = resolved.problem;
    this.problem = problem;
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.status = 'running';
    this.error = null;
    this.result = null;
    this.progress = null;
    const pool = planRunner(problem.scenario, problem.candidates, { size: workers(), signal: controller.signal });
    const started = performance.now();
    performance.mark('office-sim:plan-start');
    try {
      const outcome = await searchTrainingPlans(problem, pool.run, {
        signal: controller.signal,
        onProgress: (p) => {
          if (this.controller === controller) this.progress = p;
        },
      });
      if (this.controller !== controller) return;
      this.result = planResultJson(problem, outcome, '');
      this.status = outcome.cancelled ? 'cancelled' : 'done';
      performance.mark('office-sim:plan-end');
      this.dataset['seconds'] = ((performance.now() - started) / 1000).toFixed(1);
    } catch (error) {
      if (this.controller !== controller) return;
      this.status = 'failed';
      this.error = error instanceof Error ? error.message : String(error);
    } finally {
      pool.terminate();
    }
  }

  /**
   * Writes the choices into the office's planning.training section (the same section
   * `office-sim plan-training` reads), keeping its constraints and indifference zone.
   */
  private keepChoices(): void {
    const resolved = this.resolved();
    if (resolved === null || !resolved.ok) return;
    const before = this.draft?.planning?.training;
    const pairs = this.excluded.size === 0 ? undefined : resolved.problem.candidates.map((c) => ({ person: c.person, skill: c.skill }));
    const section = {
      ...(this.maxTrainings !== null ? { maxTrainings: this.maxTrainings } : {}),
      ...(this.maxCost !== null ? { maxCost: this.maxCost } : {}),
      objective: this.objective,
      ...(before?.constraints !== undefined && before.constraints.length > 0 ? { constraints: before.constraints } : {}),
      candidates: { proficiency: this.proficiency, ...(pairs !== undefined ? { pairs } : {}) },
      ...(before?.indifferenceZone !== undefined ? { indifferenceZone: before.indifferenceZone } : {}),
    };
    this.dispatchEvent(new ScenarioEditEvent(['planning', 'training'], section));
  }

  private cancel(): void {
    this.controller?.abort();
  }

  private objectives(): string[] {
    if (this.scenario === null) return ['profit'];
    const keys = metricKeys(this.scenario).filter((k) => findMetric(k)?.better !== null);
    return [...KPI_KEYS.filter((k) => keys.includes(k)), ...keys.filter((k) => !(KPI_KEYS as readonly string[]).includes(k))];
  }

  private toggle(person: string, skill: string): void {
    const key = `${person}\u0000${skill}`;
    const next = new Set(this.excluded);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    this.excluded = next;
  }

  private number(event: Event): number | null {
    const text = (event.target as HTMLInputElement).value.trim();
    if (text === '') return null;
    const value = Number(text);
    return Number.isFinite(value) && value >= 0 ? value : null;
  }

  override render() {
    const s = this.scenario;
    const running = this.status === 'running';
    return html`<div class="card">
        <div class="top">
          <h2>Who should I train?</h2>
          <button type="button" @click=${() => this.dispatchEvent(new ClosePlannerEvent())}>Back to results</button>
        </div>
        <p class="intro">
          The planner tries trainings on the same customers, tasks and absences (common random numbers) and keeps only gains it can tell from luck.
          For each budget step it shows the best plan found, its gain over today with a 95% confidence interval, and how long the one-off cost takes to pay back.
        </p>
        ${s === null
          ? html`<p class="error">The office has problems: fix them in the editor first.</p>`
          : html`<div class="settings">
                <label
                  >Improve
                  <select id="objective" .value=${this.objective} ?disabled=${running} @change=${(e: Event) => (this.objective = (e.target as HTMLSelectElement).value)}>
                    ${this.objectives().map((k) => html`<option value=${k} ?selected=${k === this.objective}>${metricInfo(k).label} (${metricInfo(k).better === 'lower' ? 'lower' : 'higher'} is better)</option>`)}
                  </select></label
                >
                <label
                  >At most new skills
                  <input id="max-trainings" type="number" min="0" step="1" .value=${this.maxTrainings === null ? '' : String(this.maxTrainings)} ?disabled=${running} @change=${(e: Event) => (this.maxTrainings = this.number(e))}
                /></label>
                <label
                  >At most one-off cost${s.currency ? ` (${s.currency})` : ''}
                  <input id="max-cost" type="number" min="0" step="100" placeholder="no limit" .value=${this.maxCost === null ? '' : String(this.maxCost)} ?disabled=${running} @change=${(e: Event) => (this.maxCost = this.number(e))}
                /></label>
                <label
                  >Proficiency after training
                  <input id="proficiency" type="number" min="0.1" max="1" step="0.05" .value=${String(this.proficiency)} ?disabled=${running} @change=${(e: Event) => (this.proficiency = Math.min(1, Math.max(0.05, this.number(e) ?? 0.7)))}
                /></label>
              </div>
              ${this.renderMatrix(s, running)}
              <div class="buttons">
                ${running
                  ? html`<button type="button" id="cancel-plan" @click=${this.cancel}>Cancel (keep what was found)</button>`
                  : html`<button type="button" class="primary" id="start-plan" @click=${() => void this.start()}>Find the best plans</button>
                      <button type="button" id="keep-choices" title="Save the objective, budget and candidates in the office (planning.training), for Export and the command line" @click=${this.keepChoices}>Keep these choices in the office</button>`}
                <span class="note">At least ${s.replications} replications per plan, seed ${s.seed}; training costs ${formatMoney(s.costs.trainingPerSkill, { currency: s.currency ?? null })} per person and skill.</span>
              </div>
              ${this.renderProgress()} ${this.error !== null ? html`<p class="error" role="alert">${this.error}</p>` : nothing}`}
      </div>
      ${this.result !== null ? this.renderResult(this.result) : nothing}`;
  }

  private renderMatrix(s: Scenario, running: boolean) {
    const skills = neededSkills(s);
    const people = staffEntries(s);
    return html`<table class="matrix" aria-label="Candidate trainings">
      <thead>
        <tr>
          <th scope="col">Candidates</th>
          ${skills.map((k) => html`<th scope="col">${k}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${people.map(
          (p) => html`<tr>
            <th class="person" scope="row">${p.name}${p.members.length > 1 ? ` ×${p.members.length}` : ''}</th>
            ${skills.map((k) =>
              p.skills.has(k)
                ? html`<td class="held" title="${p.name} holds ${k}">✓ holds</td>`
                : html`<td>
                    <input
                      type="checkbox"
                      aria-label="May train ${p.name} in ${k}"
                      data-candidate="${p.name}:${k}"
                      .checked=${!this.excluded.has(`${p.name}\u0000${k}`)}
                      ?disabled=${running}
                      @change=${() => this.toggle(p.name, k)}
                    />
                  </td>`,
            )}
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private trainingNames(plan: readonly number[]): string {
    const c = this.problem?.candidates ?? [];
    return plan.map((i) => `${c[i]?.person} → ${c[i]?.skill}`).join(', ') || 'today’s office';
  }

  private renderProgress() {
    const p = this.progress;
    if (this.status === 'idle' || this.status === 'failed' || this.problem === null || this.scenario === null) return nothing;
    const s = this.scenario;
    const spec = metricInfo(this.problem.objective);
    const div = spec.perDay ? measuredDays(s.calendar) : 1;
    const best = p?.best ?? null;
    const count = formatNumber(p?.replications ?? 0, { digits: 0 });
    const words =
      this.status === 'running'
        ? `Searching: budget step ${Math.max(1, p?.step ?? 1)}, ${count} replications so far.`
        : this.status === 'cancelled'
          ? `Cancelled after ${count} replications: the steps finished are kept.`
          : `Done: ${count} replications.`;
    const gain =
      best === null
        ? ''
        : ` Best so far: ${this.trainingNames(best.plan)}, ${spec.label.toLowerCase()} ${spec.better === 'lower' ? 'down' : 'up'} ${formatNumber(best.gain / div)} (95% CI ${formatNumber(best.lo / div)} to ${formatNumber(best.hi / div)})${spec.perDay ? ' a day' : ''}.`;
    return html`<p class="progress" role="status" aria-live="polite"><strong>${words}</strong>${gain}</p>`;
  }

  private renderResult(plan: TrainingPlanJson) {
    const s = this.scenario!;
    const currency = s.currency ?? null;
    const days = measuredDays(s.calendar);
    if (plan.frontier.length === 0) {
      return html`<div class="card" id="plan-result">
        <h3>${plan.search.cancelled ? 'Cancelled before the first budget step' : 'No training recommended'}</h3>
        <p>${noPlanReason(plan)}</p>
      </div>`;
    }
    const chart = trainingFrontierChart(frontierChartPoints(plan, days), frontierAxis(plan, currency), { width: this.chartWidth });
    const last = plan.frontier[plan.frontier.length - 1]!;
    const contributions = contributionChart(contributionRows(plan, last, days), contributionAxis(plan, currency), { width: this.chartWidth });
    return html`<div class="card" id="plan-result">
        <h3>The frontier: what each budget buys</h3>
        <p class="note">Each dot is the best plan found with that many trainings: its one-off cost (across) and its gain over today (up is better), with the 95% confidence interval. Green: better beyond chance.</p>
        <div class="chart">${chart}</div>
        <table class="frontier">
          <thead>
            <tr><th>Step</th><th>Trainings</th><th>One-off cost</th><th>${metricInfo(plan.objective).label} against today</th><th>Payback</th><th></th></tr>
          </thead>
          <tbody>
            ${plan.frontier.map(
              (p, i) => html`<tr>
                <td class="num">${i + 1}</td>
                <td>${p.trainings.map((t) => `${t.person} → ${t.skill}`).join(', ')}</td>
                <td class="num">${formatMoney(p.cost, { currency })}</td>
                <td>${differenceText(plan.objective, p.differences[plan.objective], days, currency)}${metricInfo(plan.objective).perDay ? ' a day' : ''}</td>
                <td>${paybackText(p.paybackDays, p.cost, currency)}</td>
                <td><button type="button" class="try-plan" data-step=${i + 1} @click=${() => this.dispatchEvent(new ApplyTrainingPlanEvent(p.trainings))}>Try this plan</button></td>
              </tr>`,
            )}
          </tbody>
        </table>
        <p class="note">“Try this plan” keeps today’s results as the baseline, adds the trainings to the office and opens Compare on the same seed, with the payback.</p>
      </div>
      <div class="card">
        <h3>Why: what each training of step ${plan.frontier.length} carries</h3>
        <p class="note">What the plan loses when that training alone is removed, with its 95% CI: the long bars carry the plan.</p>
        <div class="chart">${contributions}</div>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'training-planner': TrainingPlanner;
  }
  interface HTMLElementEventMap {
    'apply-training-plan': ApplyTrainingPlanEvent;
    'close-planner': ClosePlannerEvent;
  }
}
