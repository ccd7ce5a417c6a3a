/**
 * `<staffing-view>`: "How many people, when?" The staffing planner (src/planning/staffing) in the
 * page: the people each skill needs per slot (Erlang) against today's staff, drawn at once; "Design
 * shifts" solves the shifts and roster with HiGHS (WebAssembly, the same solver as the command line)
 * and checks them by simulation on its own pool of Web Workers, round by round; the answer can be
 * applied as a variant and compared with today on the same seed.
 *
 * @fires staffing-apply - detail: { file, fileName }: the designed office, to open and compare with today.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { stringify } from 'yaml';
import highsWasmUrl from 'highs/runtime?url';
import { formatMoney, formatPercent } from '../../analysis/format.js';
import { chartDays, dayName, perWeekLabel, requirementChart, roundsChart, slotServiceChart, type RequirementRows } from '../../planning/staffing/charts.js';
import type { Round, StaffingPlan } from '../../planning/staffing/plan.js';
import { staffingJson, type StaffingJson } from '../../planning/staffing/output.js';
import { clock, requirements, UnreachableTargetError } from '../../planning/staffing/requirements.js';
import { shiftRules, type SlotMinutes } from '../../planning/staffing/rules.js';
import { peopleOnDutyByDay } from '../../planning/staffing/shift-design.js';
import type { ScenarioFile } from '../../sim/scenario-file/file-schema.js';
import { validateScenarioFile } from '../../sim/schema.js';
import { downloadText, fileStem } from '../io/download.js';
import type { Draft, Validation } from '../state/store.js';
import { cardStyles, controlStyles, tableStyles } from '../styles/shared.js';
import { PlotChart, type DrawOptions } from '../charts/plot-chart.js';
import { isAbortError, replicationIndices, WorkerPool } from '../worker/pool.js';

type Today = Readonly<Record<string, readonly number[]>>;
/** What a requirement chart draws: the rows, today's people on duty that day, and the day (`all`, or a weekday). */
type RequirementData = { rows: RequirementRows; today: Today; day: string };

@customElement('staffing-requirement-chart')
class StaffingRequirementChart extends PlotChart<RequirementData> {
  protected readonly defaultHeading = 'People needed per slot, against the staff';
  protected readonly caption =
    'Dashed grey: what Erlang asks for (counter) plus the back office\'s work, in people; red: after sick days and interruptions (and, once designed, the simulation\'s corrections); blue: the designed shifts; green: today\'s staff on duty and off their breaks.';
  protected draw(data: RequirementData, options: DrawOptions): Element {
    return requirementChart(data.rows, { width: options.width, today: data.today, day: data.day });
  }
}

@customElement('staffing-service-chart')
class StaffingServiceChart extends PlotChart<{ json: StaffingJson; day: string }> {
  protected readonly defaultHeading = 'Service level per slot in the designed office, simulated';
  protected readonly caption = 'Share of the customers arriving in each slot served within the target wait: dots are means over the replications, bars 95% intervals, the dashed line the target.';
  protected readonly draw = (data: { json: StaffingJson; day: string }, options: DrawOptions) => slotServiceChart(data.json, { width: options.width, day: data.day });
}

@customElement('staffing-rounds-chart')
class StaffingRoundsChart extends PlotChart<StaffingJson> {
  protected readonly defaultHeading = 'Cost of each round of the check';
  protected readonly caption = 'Planned wages per day; round 1 is Erlang\'s design, the blue one the answer (the cheapest with no slot below the target).';
  protected readonly draw = (data: StaffingJson, options: DrawOptions) => roundsChart(data, { width: options.width });
}

export interface StaffingApplyDetail {
  readonly file: ScenarioFile;
  readonly fileName: string;
}

@customElement('staffing-view')
export class StaffingView extends LitElement {
  static override styles = [
    controlStyles,
    cardStyles,
    tableStyles,
    css`
      :host {
        display: block;
      }
      .intro {
        margin: 0 0 0.8rem;
        color: var(--text-2);
        max-width: 60rem;
      }
      .controls {
        display: flex;
        flex-wrap: wrap;
        align-items: end;
        gap: 0.8rem;
        margin-bottom: 0.9rem;
      }
      .controls label {
        display: grid;
        gap: 0.15rem;
        font-size: 0.85rem;
        color: var(--text-2);
      }
      .controls select,
      .controls input {
        min-width: 6rem;
      }
      .kpis {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
        gap: 0.6rem;
        margin: 0.8rem 0;
      }
      .kpi {
        padding: 0.6rem 0.8rem;
      }
      .kpi .label {
        color: var(--text-2);
        font-size: 0.82rem;
      }
      .kpi .value {
        font-size: 1.35rem;
        font-weight: 700;
      }
      .kpi .sub {
        color: var(--text-3);
        font-size: 0.8rem;
      }
      .charts {
        display: grid;
        gap: 0.8rem;
      }
      .error {
        color: var(--bad);
        margin: 0.6rem 0;
      }
      .rounds {
        margin: 0.6rem 0;
      }
      .apply {
        display: flex;
        gap: 0.6rem;
        flex-wrap: wrap;
        align-items: center;
        margin: 0.8rem 0;
      }
      h3 {
        margin: 1rem 0 0.4rem;
        font-size: 1rem;
      }
    `,
  ];

  @property({ attribute: false }) draft: Draft | null = null;
  @property({ attribute: false }) validation: Validation | null = null;
  @property() fileName = '';

  @state() private slotMinutes: SlotMinutes = 30;
  @state() private replications = 20;
  @state() private maxRounds = 6;
  @state() private running = false;
  @state() private rounds: Round[] = [];
  @state() private plan: StaffingPlan | null = null;
  @state() private json: StaffingJson | null = null;
  @state() private error: string | null = null;
  @state() private planned: unknown = null;
  /** The weekday the charts show, with the week on (null: the first open weekday). */
  @state() private day: string | null = null;

  private pool: WorkerPool | null = null;
  private controller: AbortController | null = null;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort();
    this.pool?.terminate();
    this.pool = null;
  }

  /** Today's requirement and staff, from the office in the editor (no solver, no simulation). */
  private preview(): { rows: RequirementRows; today: Readonly<Record<string, Today>> } | { error: string } | null {
    const scenario = this.validation?.ok ? this.validation.scenario : null;
    if (scenario === null) return null;
    if (scenario.calendar.continuous) return { error: 'An office that never closes has no shift templates yet: the planner needs opening hours.' };
    try {
      const file = this.file();
      const rules = shiftRules(file?.planning?.shifts, scenario, this.slotMinutes);
      const req = requirements(scenario, rules.slotMinutes);
      const rows = req.skills.flatMap((k) =>
        req.days.flatMap((day, d) =>
          req.slots
            .map((slot, s) => ({ slot, s }))
            .filter(({ slot }) => slot.start >= req.dayHours[d]!.open && slot.start < req.dayHours[d]!.close)
            .map(({ slot, s }) => ({ day, skill: k.skill, start: clock(slot.start), erlang: k.erlang[d]![s]!, final: k.final[d]![s]! })),
        ),
      );
      return { rows: { slotMinutes: req.slotMinutes, requirements: rows }, today: peopleOnDutyByDay(scenario, req) };
    } catch (error) {
      return { error: error instanceof UnreachableTargetError ? error.message : `The requirements cannot be computed: ${(error as Error).message}` };
    }
  }

  private file(): ScenarioFile | null {
    if (this.draft === null) return null;
    const parsed = validateScenarioFile(this.draft, this.fileName);
    return parsed.ok ? parsed.file : null;
  }

  private async design(): Promise<void> {
    const scenario = this.validation?.ok ? this.validation.scenario : null;
    const file = this.file();
    if (scenario === null || file === null) return;
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.pool ??= new WorkerPool();
    const pool = this.pool;
    this.running = true;
    this.error = null;
    this.rounds = [];
    this.plan = null;
    this.json = null;
    const replications = this.replications;
    try {
      // The planner and its solver (HiGHS, about 170 KB of script and a 3.5 MB WebAssembly file) load on first use.
      const { planStaffing } = await import('../../planning/staffing/plan.js');
      const plan = await planStaffing(scenario, file, {
        slotMinutes: this.slotMinutes,
        replications,
        seed: scenario.seed,
        maxRounds: this.maxRounds,
        wasmUrl: highsWasmUrl,
        run: (s) => pool.run({ scenario: s, replications: replicationIndices(s.replications), options: { slotService: true }, signal: controller.signal }),
        onRound: (r) => {
          this.rounds = [...this.rounds, r];
        },
      });
      if (controller.signal.aborted) return;
      this.plan = plan;
      this.planned = this.draft;
      this.json = staffingJson(plan, { scenario: scenario.name, currency: scenario.currency, seed: scenario.seed, replications, scenarioFile: `${fileStem(this.fileName)}-designed.yaml` });
    } catch (error) {
      if (!isAbortError(error)) this.error = error instanceof Error ? error.message : String(error);
    } finally {
      if (this.controller === controller) {
        this.running = false;
        this.controller = null;
      }
    }
  }

  private cancel(): void {
    this.controller?.abort();
    this.running = false;
  }

  private apply(): void {
    if (this.plan === null || this.json === null) return;
    const detail: StaffingApplyDetail = { file: this.plan.answer.file, fileName: this.json.scenarioFile };
    this.dispatchEvent(new CustomEvent<StaffingApplyDetail>('staffing-apply', { detail, bubbles: true, composed: true }));
  }

  private money(x: number): string {
    return formatMoney(x, { currency: this.validation?.scenario?.currency ?? null });
  }

  private level(s: { mean: number | null; ci95: readonly [number, number] | null }): string {
    if (s.mean === null) return '–';
    return `${formatPercent(s.mean, { digits: 1 })}${s.ci95 === null ? '' : ` (${formatPercent(s.ci95[0], { digits: 1 })}–${formatPercent(s.ci95[1], { digits: 1 })})`}`;
  }

  override render() {
    const preview = this.preview();
    const scenario = this.validation?.ok ? this.validation.scenario : null;
    const stale = this.plan !== null && this.planned !== this.draft;
    return html`
      <p class="intro">
        How few people meet the service target (${scenario === null ? '–' : `${formatPercent(scenario.targets.serviceLevel.fraction)} within ${scenario.targets.serviceLevel.withinMinutes} min`}),
        and in which shifts? Erlang gives the people per slot; the cheapest shifts and a roster of your staff are solved exactly; then the
        designed office is simulated and corrected where a slot misses the target, round by round.
      </p>
      <div class="controls">
        <label>Slot<select .value=${String(this.slotMinutes)} @change=${(e: Event) => (this.slotMinutes = Number((e.target as HTMLSelectElement).value) as SlotMinutes)}>
          <option value="30">30 minutes</option><option value="15">15 minutes</option></select></label>
        <label>Replications per round<input type="number" min="2" max="500" .value=${String(this.replications)} @change=${(e: Event) => (this.replications = Math.max(2, Math.min(500, Math.round(Number((e.target as HTMLInputElement).value)) || 20)))} /></label>
        <label>Most rounds<input type="number" min="1" max="20" .value=${String(this.maxRounds)} @change=${(e: Event) => (this.maxRounds = Math.max(1, Math.min(20, Math.round(Number((e.target as HTMLInputElement).value)) || 6)))} /></label>
        ${this.running
          ? html`<button type="button" @click=${this.cancel}>Cancel</button>`
          : html`<button type="button" class="primary" ?disabled=${scenario === null || (preview !== null && 'error' in preview)} @click=${() => void this.design()}>Design shifts</button>`}
      </div>
      ${scenario === null ? html`<p class="error">Fix the scenario's problems first: the planner needs a valid office.</p>` : nothing}
      ${preview !== null && 'error' in preview ? html`<p class="error" role="alert">${preview.error}</p>` : nothing}
      ${this.error !== null ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${this.running || this.rounds.length > 0 ? this.renderRounds() : nothing}
      ${this.json !== null && this.plan !== null ? this.renderAnswer(this.json, this.plan, stale) : nothing}
      ${this.json === null && preview !== null && !('error' in preview)
        ? html`${this.daySelector(preview.rows)}<div class="charts"><staffing-requirement-chart .heading=${this.dayHeading(preview.rows)} .data=${{ rows: preview.rows, today: preview.today[this.shownDay(preview.rows)] ?? {}, day: this.shownDay(preview.rows) }}></staffing-requirement-chart></div>`
        : nothing}
    `;
  }

  /** The day the charts show: the chosen weekday if the plan has it, else the first. */
  private shownDay(rows: RequirementRows): string {
    const days = chartDays(rows);
    return this.day !== null && days.includes(this.day) ? this.day : days[0]!;
  }

  /** The requirement chart's heading naming the weekday shown, with the week on ('' keeps the default). */
  private dayHeading(rows: RequirementRows): string {
    const name = dayName(this.shownDay(rows));
    return name === null ? '' : `People needed per slot, against the staff: ${name}`;
  }

  /** With the week on: one button per open weekday, choosing the day the charts show. */
  private daySelector(rows: RequirementRows) {
    const days = chartDays(rows);
    if (days[0] === 'all') return nothing;
    const shown = this.shownDay(rows);
    return html`<div class="apply" role="group" aria-label="Weekday shown in the charts">
      <span>Charts for</span>
      ${days.map(
        (day) =>
          html`<button type="button" class=${day === shown ? 'primary' : ''} aria-pressed=${day === shown ? 'true' : 'false'} @click=${() => (this.day = day)}>${dayName(day) ?? day}</button>`,
      )}
    </div>`;
  }

  private renderRounds() {
    return html`<div class="rounds" role="status" aria-live="polite">
      <table class="data">
        <thead><tr><th>Round</th><th class="num">Wages per day</th><th class="num">People</th><th class="num">Hires</th><th>Service level (95% CI)</th><th class="num">Slots below target</th></tr></thead>
        <tbody>
          ${this.rounds.map(
            (r) => html`<tr><td>${r.round}${this.json?.chosenRound === r.round ? ' (chosen)' : ''}</td><td class="num">${this.money(r.cost)}</td><td class="num">${r.people}</td><td class="num">${r.hires}</td><td>${this.level(r.serviceLevel)}</td><td class="num">${r.slotsBelowTarget}</td></tr>`,
          )}
          ${this.running ? html`<tr><td colspan="6">Simulating round ${this.rounds.length + 1}…</td></tr>` : nothing}
        </tbody>
      </table>
    </div>`;
  }

  private renderAnswer(json: StaffingJson, plan: StaffingPlan, stale: boolean) {
    const chosen = json.rounds.find((r) => r.round === json.chosenRound)!;
    const day = this.shownDay(json);
    const today = peopleOnDutyByDay(plan.todayScenario, plan.requirements)[day] ?? {};
    const weekly = day !== 'all';
    const dayCell = (key: string) => (weekly ? html`<td>${dayName(key) ?? key}</td>` : nothing);
    return html`
      ${stale ? html`<p class="error">The office changed since this plan: design the shifts again to plan the office shown.</p>` : nothing}
      <div class="kpis">
        <div class="card kpi"><div class="label">Designed office, wages per day</div><div class="value">${this.money(json.cost.perDay)}</div><div class="sub">${this.money(json.cost.perWeek)} ${perWeekLabel(json)}</div></div>
        <div class="card kpi"><div class="label">Designed office, service level</div><div class="value">${this.level(chosen.serviceLevel)}</div><div class="sub">${chosen.slotsBelowTarget} slots below the target</div></div>
        <div class="card kpi"><div class="label">Today, wages per day</div><div class="value">${this.money(json.today.cost)}</div><div class="sub">service level ${this.level(json.today.serviceLevel)}</div></div>
        <div class="card kpi"><div class="label">Saving against Erlang alone</div><div class="value">${this.money(json.saving.perDay)}</div><div class="sub">per day; Erlang's design ${this.money(json.erlangCost.perDay)}</div></div>
      </div>
      <div class="apply">
        <button type="button" class="primary" @click=${this.apply} ?disabled=${stale}>Apply as a variant and compare with today</button>
        <button type="button" @click=${() => downloadText(stringify(plan.answer.file, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' }), json.scenarioFile, 'application/yaml')}>Designed office (YAML)</button>
        <button type="button" @click=${() => downloadText(`${JSON.stringify(json, null, 2)}\n`, `${fileStem(this.fileName)}-staffing.json`, 'application/json')}>staffing.json</button>
        ${json.hires.length > 0 ? html`<span>To hire: ${json.hires.map((h) => `${h.count} ${h.skill}`).join(', ')}</span>` : html`<span>No one to hire.</span>`}
      </div>
      <div class="charts">
        ${this.daySelector(json)}
        <staffing-requirement-chart .heading=${weekly ? `People needed per slot, against the staff: ${dayName(day) ?? day}` : ''} .data=${{ rows: json, today, day }}></staffing-requirement-chart>
        <staffing-service-chart .heading=${weekly ? `Service level per slot in the designed office, simulated: ${dayName(day) ?? day}s` : ''} .data=${{ json, day }}></staffing-service-chart>
        <staffing-rounds-chart .data=${json}></staffing-rounds-chart>
      </div>
      <h3>Shifts (${weekly ? 'per weekday' : 'every day'})</h3>
      <table class="data">
        <thead><tr>${weekly ? html`<th>Day</th>` : nothing}<th>Skill</th><th>Start</th><th>End</th><th>Breaks</th><th class="num">People</th></tr></thead>
        <tbody>${json.shifts.map((k) => html`<tr>${dayCell(k.day)}<td>${k.skill}${k.area ? ` (${k.area === 'front' ? 'counter' : 'back office'})` : ''}</td><td>${k.start}</td><td>${k.end}</td><td>${k.breaks.map((b) => `${b.at} (${b.minutes} min)`).join(', ') || 'none'}</td><td class="num">${k.count}</td></tr>`)}</tbody>
      </table>
      <h3>Roster</h3>
      <table class="data">
        <thead><tr><th>Person</th>${weekly ? html`<th>Day</th>` : nothing}<th>Skill</th><th>Start</th><th>End</th><th>Days off</th></tr></thead>
        <tbody>${json.roster.map((r) => html`<tr><td>${r.person}</td>${dayCell(r.day)}<td>${r.skill}</td><td>${r.start}</td><td>${r.end}</td><td>${r.daysOff.join(', ') || 'none'}</td></tr>`)}</tbody>
      </table>
      ${json.unassigned.length > 0 ? html`<p>Not on the designed roster: ${json.unassigned.join(', ')}.</p>` : nothing}
      <h3>Today's roster (${this.money(json.today.cost)} per day)</h3>
      <table class="data">
        <thead><tr><th>Person</th>${weekly ? html`<th>Day</th>` : nothing}<th>Skill</th><th>Start</th><th>End</th><th>Days off</th></tr></thead>
        <tbody>${json.todayRoster.map((r) => html`<tr><td>${r.person}</td>${dayCell(r.day ?? '')}<td>${r.skill}</td><td>${r.start ?? 'around the clock'}</td><td>${r.end ?? ''}</td><td>${r.daysOff.join(', ') || 'none'}</td></tr>`)}</tbody>
      </table>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'staffing-view': StaffingView;
    'staffing-requirement-chart': StaffingRequirementChart;
    'staffing-service-chart': StaffingServiceChart;
    'staffing-rounds-chart': StaffingRoundsChart;
  }
}
