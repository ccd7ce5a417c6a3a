/**
 * `<trainer-app>`: trainer mode (trainer.html). Replays one simulated day of two or three offices side
 * by side on the same random streams, animated, with running counters under each, for a trainer in
 * front of a room. It owns the lesson, the shared clock and the playback loop; the drawing, counters,
 * controls, lesson list and summary slide are their own elements.
 *
 * Each office's day is `runReplication(scenario, day, { trace: true })`, the CLI's engine and seed, and
 * `OfficeReplay` turns the trace into what is drawn, so the counters end where the CLI's numbers for
 * that replication are. Days are simulated in a simulation worker, never on the page, within a
 * budget: at most DAY_EVENT_LIMIT events (the engine stops there) and DAY_TIME_LIMIT_MS (the worker
 * is stopped), so a crafted file cannot freeze the room's screen. The trainer's own files are read
 * in the input worker. The summary's many-days result runs in the web app's simulation workers,
 * each day within the same event budget.
 *
 * The animation is driven by requestAnimationFrame; each frame's script time (advancing the replays
 * and rendering every element) is recorded as a `trainer-frame` performance measure.
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { variantColor } from '../../analysis/charts/palette.js';
import { formatMoney } from '../../analysis/format.js';
import type { ReplicationResult, RunOptions } from '../../sim/result.js';
import type { Scenario } from '../../sim/scenario.js';
import { isAbortError, replicationIndices, WorkerPool } from '../worker/pool.js';
import { prepareOffPage } from '../worker/input-client.js';
import { LessonChoiceEvent, TrainerCommandEvent, TrainerSeekEvent, TrainerSpeedEvent, type TrainerCommand } from './events.js';
import { fullscreenIcon } from './icons.js';
import { actionForKey, KEY_BINDINGS } from './keys.js';
import { loadLesson, ownLessonFrom, type Lesson, type PrepareResult } from './lesson-load.js';
import { findLesson, lessonCatalog } from './lessons.js';
import { frameAdvance, nextEventTime, previousEventTime, seekAll, speedsFor, timeline } from './playback.js';
import { seatCounts, type SeatCounts } from './layout.js';
import { OfficeReplay } from './replay.js';
import { manyDaysRows, measuresFor } from './summary-data.js';
import { trainerAppStyles } from './trainer-styles.js';
import type { DayRow, ManyDays } from './summary-slide.js';
import './lesson-picker.js';
import './office-counters.js';
import './office-stage.js';
import './replay-controls.js';
import './stage-legend.js';
import './summary-slide.js';
import type { ReplayControls } from './replay-controls.js';

/** Runs replications of a scenario and resolves with them in index order; rejects with an AbortError when aborted. */
export type ManyDaysRunner = (scenario: Scenario, replications: readonly number[], signal: AbortSignal, onResult: () => void) => Promise<ReplicationResult[]>;

/** The performance-measure name of one animation frame's script time. */
export const FRAME_MEASURE = 'trainer-frame';

/** Runs one day (replication) of a scenario with its trace; rejects with an AbortError when aborted. */
export type DayRunner = (scenario: Scenario, day: number, signal: AbortSignal) => Promise<ReplicationResult>;

/** Reads the trainer's own files into variants (parse, validate, make them one-day offices). */
export type FilePreparer = (files: readonly { readonly name: string; readonly text: string }[]) => Promise<PrepareResult>;

/**
 * Most events simulated for one office's day, and most trace entries kept: a day with more cannot
 * be replayed faithfully, and simulating past it would only keep the room waiting.
 */
export const DAY_EVENT_LIMIT = 1_000_000;

/** Longest one office's day may take to simulate before its worker is stopped. */
export const DAY_TIME_LIMIT_MS = 15_000;

/** How a day is simulated for the replay: traced, within the event budget. */
export const DAY_OPTIONS: RunOptions = { trace: true, traceLimit: DAY_EVENT_LIMIT, maxEvents: DAY_EVENT_LIMIT };

/** The speed a lesson starts at, in simulated minutes per second (the nearest offered). */
const START_SPEED = 5;

let pool: WorkerPool | null = null;

/** Replications in the web app's pool of simulation workers (src/ui/worker), one pool for the page. */
export const workerRunner: ManyDaysRunner = (scenario, replications, signal, onResult) => {
  pool ??= new WorkerPool();
  return pool.run({ scenario, replications, signal, options: { maxEvents: DAY_EVENT_LIMIT }, onResult: () => onResult() });
};

/**
 * One day in its own simulation worker (a fresh one per office and day, stopped when done), with
 * DAY_OPTIONS and stopped after DAY_TIME_LIMIT_MS.
 */
export const workerDay: DayRunner = async (scenario, day, signal) => {
  const dayPool = new WorkerPool({ size: 1 });
  const timeLimit = AbortSignal.timeout(DAY_TIME_LIMIT_MS);
  const both = AbortSignal.any([signal, timeLimit]);
  try {
    const [result] = await dayPool.run({ scenario, replications: [day], options: DAY_OPTIONS, signal: both });
    return result!;
  } catch (error) {
    if (timeLimit.aborted && !signal.aborted) throw new DayTimeLimitError();
    throw error;
  } finally {
    dayPool.terminate();
  }
};

/** A day that took longer than DAY_TIME_LIMIT_MS to simulate. */
class DayTimeLimitError extends Error {
  override readonly name = 'DayTimeLimitError';
  constructor() {
    super(`simulating this day took longer than ${DAY_TIME_LIMIT_MS / 1000} seconds, so it was stopped`);
  }
}

/** Extra skills the office trains: per person, the skills held beyond the home skill. */
function trainedSkills(scenario: Scenario): number {
  return scenario.staff.reduce((n, p) => n + Object.keys(p.skills).filter((s) => s !== p.home).length, 0);
}

@customElement('trainer-app')
export class TrainerApp extends LitElement {
  static override styles = trainerAppStyles;

  /** Runs the summary's many simulated days. Default: the web app's simulation workers. */
  @property({ attribute: false }) runMany: ManyDaysRunner = workerRunner;
  /** Simulates one office's day for the replay. Default: a simulation worker, within the day's budget. */
  @property({ attribute: false }) runDay: DayRunner = workerDay;
  /** Reads the trainer's own files. Default: the input worker. */
  @property({ attribute: false }) prepare: FilePreparer = prepareOffPage;
  /** Which page is shown; reflected so the page's layout can follow. */
  @property({ reflect: true }) view: 'lessons' | 'replay' = 'lessons';

  @state() private lesson: Lesson | null = null;
  @state() private day = 0;
  @state() private now = 0;
  @state() private playing = false;
  @state() private speedIndex = 0;
  @state() private overlay: 'none' | 'summary' | 'help' = 'none';
  /** The caption and legend are shown (the presenter hides them once read, for larger offices). */
  @state() private captionShown = true;
  @state() private many: ManyDays = { state: 'running', done: 0, total: 0 };
  @state() private ownErrors: string[] = [];
  @state() private dayError: string | null = null;
  /** After a jump, tokens snap to their places instead of walking. */
  @state() private instant = true;
  /** A day is being simulated (in a worker); the replay shows it when done. */
  @state() private simulating = false;

  private replays: OfficeReplay[] = [];
  /** Room for seats shared by the offices' drawings (the most any of them needs). */
  private room: SeatCounts = { front: 0, back: 0 };
  private dayResults: ReplicationResult[] = [];
  private speeds: number[] = [1];
  private start = 0;
  private finish = 0;
  private raf = 0;
  private lastFrame: number | null = null;
  private manyAbort: AbortController | null = null;
  private dayAbort: AbortController | null = null;
  /** Numbers day loads, so only the latest one shows. */
  private dayLoads = 0;
  /** Numbers reads of the trainer's files, so only the latest one opens. */
  private fileReads = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.onKeyDown);
    window.addEventListener('keyup', this.onKeyUp);
    window.addEventListener('hashchange', this.onHash);
    this.addEventListener(TrainerCommandEvent.eventName, this.onCommand);
    this.addEventListener(TrainerSeekEvent.eventName, this.onSeek);
    this.addEventListener(TrainerSpeedEvent.eventName, this.onSpeed);
    this.addEventListener(LessonChoiceEvent.eventName, this.onChoice);
    this.onHash();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.onKeyDown);
    window.removeEventListener('keyup', this.onKeyUp);
    window.removeEventListener('hashchange', this.onHash);
    this.pause();
    this.manyAbort?.abort();
    this.dayAbort?.abort();
  }

  // ---- lessons and days ----

  private onHash = (): void => {
    if (typeof location === 'undefined') return; // a DOM without an address (tests)
    const params = new URLSearchParams(location.hash.replace(/^#/, ''));
    const id = params.get('lesson');
    const entry = id === null ? undefined : findLesson(id);
    if (entry === undefined) {
      if (this.lesson?.id !== 'own') this.view = 'lessons';
      return;
    }
    const day = Number(params.get('day') ?? '');
    const wanted = Number.isInteger(day) && day >= 1 ? day - 1 : entry.replication;
    if (this.lesson?.id === entry.id) {
      if (wanted !== this.day) void this.loadDay(wanted);
      this.view = 'replay';
      return;
    }
    this.open(loadLesson(entry), wanted);
  };

  private onChoice = (event: LessonChoiceEvent): void => {
    const choice = event.choice;
    if ('id' in choice) {
      const entry = findLesson(choice.id);
      if (entry !== undefined) this.open(loadLesson(entry), entry.replication);
      return;
    }
    void this.openOwn(choice.files);
  };

  /** Reads the trainer's own files off the page and opens them, or lists why they cannot be replayed. */
  private async openOwn(files: readonly { readonly name: string; readonly text: string }[]): Promise<void> {
    const read = ++this.fileReads;
    let prepared: PrepareResult;
    try {
      prepared = await this.prepare(files);
    } catch (error) {
      prepared = { ok: false, errors: [error instanceof Error ? error.message : String(error)] };
    }
    if (read !== this.fileReads) return;
    const result = ownLessonFrom(prepared);
    if (!result.ok) {
      this.ownErrors = result.errors;
      return;
    }
    this.ownErrors = [];
    this.open(result.lesson, 0);
  }

  /** Opens a lesson at simulated day `day` (a replication index) and starts simulating its many days. */
  open(lesson: Lesson, day: number): void {
    this.pause();
    this.lesson = lesson;
    this.view = 'replay';
    this.overlay = 'none';
    // Nothing of the previous lesson is drawn while this one's day is simulated.
    this.replays = [];
    this.dayResults = [];
    this.dayError = null;
    this.start = this.finish = this.now = 0;
    void this.loadDay(day, false);
    void this.runManyDays(lesson);
  }

  private days(): number {
    return this.lesson?.variants[0]!.scenario.replications ?? 1;
  }

  /** Why an office's day cannot be replayed, in the room's words. */
  private static dayFailure(label: string, error: unknown): string {
    if (error instanceof Error && error.name === 'EventLimitError') {
      return `${label}: this day has more than ${DAY_EVENT_LIMIT.toLocaleString('en-US')} events, too many to replay; the simulation stopped there.`;
    }
    return `${label}: ${error instanceof Error ? error.message.replace(/^replication \d+: /, '') : String(error)}.`;
  }

  /** Simulates day `day` of every office (in workers, within the budget) and shows it from the start. */
  private async loadDay(day: number, keepSpeed = true): Promise<void> {
    const lesson = this.lesson;
    if (lesson === null) return;
    this.pause();
    const days = this.days();
    this.day = ((day % days) + days) % days;
    // The address names the lesson and day, so a bookmark or a reload comes back to them.
    const hash = lesson.id === 'own' ? '' : `#lesson=${lesson.id}&day=${this.day + 1}`;
    if (hash !== '' && typeof location !== 'undefined' && location.hash !== hash) history.replaceState(null, '', hash);
    const load = ++this.dayLoads;
    this.dayAbort?.abort();
    const abort = new AbortController();
    this.dayAbort = abort;
    this.simulating = true;
    const outcomes = await Promise.all(
      lesson.variants.map((v) =>
        this.runDay(v.scenario, this.day, abort.signal).then(
          (result) => ({ ok: true as const, result }),
          (error: unknown) => ({ ok: false as const, error }),
        ),
      ),
    );
    if (load !== this.dayLoads || this.lesson !== lesson) return; // another day or lesson took over
    this.simulating = false;
    const failed = outcomes.findIndex((o) => !o.ok);
    if (failed >= 0) {
      const outcome = outcomes[failed]!;
      if (!outcome.ok && isAbortError(outcome.error)) return;
      this.dayError = TrainerApp.dayFailure(lesson.variants[failed]!.label, outcome.ok ? null : outcome.error);
      this.dayResults = [];
      this.replays = [];
      this.start = this.finish = this.now = 0;
      return;
    }
    this.dayResults = outcomes.map((o) => (o.ok ? o.result : null)!);
    this.dayError = null;
    this.replays = this.dayResults.map((r, v) => new OfficeReplay(lesson.variants[v]!.scenario, r.trace ?? []));
    // The same office staffed differently shares one scale; offices with different people each fill their box.
    const staff = (v: number): string => lesson.variants[v]!.scenario.staff.map((p) => p.name).join('\n');
    const sameOffice = lesson.variants.every((_, v) => staff(v) === staff(0));
    const counts = this.replays.map((r) => seatCounts(r.visitsFront, r.visitsBack));
    this.room = sameOffice ? { front: Math.max(...counts.map((c) => c.front)), back: Math.max(...counts.map((c) => c.back)) } : { front: 0, back: 0 };
    ({ start: this.start, finish: this.finish } = timeline(this.replays));
    // Another day of the same lesson keeps the presenter's speed; a new lesson starts at a calm one.
    const wanted = keepSpeed ? this.speeds[this.speedIndex]! : START_SPEED;
    this.speeds = speedsFor(this.finish - this.start);
    this.speedIndex = this.speeds.reduce((best, s, i) => (Math.abs(s - wanted) < Math.abs(this.speeds[best]! - wanted) ? i : best), 0);
    this.instant = true;
    seekAll(this.replays, this.start);
    this.now = this.start;
  }

  private async runManyDays(lesson: Lesson): Promise<void> {
    this.manyAbort?.abort();
    const abort = new AbortController();
    this.manyAbort = abort;
    const days = this.days();
    const indices = replicationIndices(days);
    const total = days * lesson.variants.length;
    let done = 0;
    this.many = { state: 'running', done, total };
    try {
      const results: ReplicationResult[][] = [];
      for (const variant of lesson.variants) {
        results.push(
          await this.runMany(variant.scenario, indices, abort.signal, () => {
            done++;
            if (!abort.signal.aborted) this.many = { state: 'running', done, total };
          }),
        );
        if (abort.signal.aborted) return;
      }
      const hasBack = lesson.variants.some((v) => v.scenario.tasks.length > 0);
      this.many = { state: 'done', days, rows: manyDaysRows(results, measuresFor(hasBack)) };
    } catch (error) {
      if (abort.signal.aborted || isAbortError(error)) return;
      this.many = { state: 'error', message: error instanceof Error ? error.message : String(error) };
    }
  }

  // ---- the clock ----

  private play(): void {
    if (this.replays.length === 0 || this.playing) return;
    if (this.now >= this.finish) this.seek(this.start);
    // Each play keeps only its own frame measures, so a long session does not pile them up.
    performance.clearMeasures(FRAME_MEASURE);
    this.playing = true;
    this.lastFrame = null;
    this.raf = requestAnimationFrame(this.tick);
  }

  private pause(): void {
    this.playing = false;
    if (this.raf !== 0) cancelAnimationFrame(this.raf);
    this.raf = 0;
  }

  private tick = (timestamp: number): void => {
    this.raf = 0;
    if (!this.playing) return;
    const begin = performance.now();
    const elapsed = this.lastFrame === null ? 0 : timestamp - this.lastFrame;
    this.lastFrame = timestamp;
    const t = Math.min(this.now + frameAdvance(elapsed, this.speeds[this.speedIndex]!), this.finish);
    for (const r of this.replays) r.advanceTo(t);
    this.instant = false;
    this.now = t;
    if (t >= this.finish) this.playing = false;
    else this.raf = requestAnimationFrame(this.tick);
    void this.measureFrame(begin);
  };

  /** Records the frame's script time once every element has rendered it (all in this task's microtasks). */
  private async measureFrame(begin: number): Promise<void> {
    await this.updateComplete;
    const parts = this.renderRoot.querySelectorAll('office-stage, office-counters, replay-controls');
    await Promise.all(Array.from(parts, (e) => (e as LitElement).updateComplete));
    performance.measure(FRAME_MEASURE, { start: begin, end: performance.now() });
  }

  /** Shows minute `t` on every office (the tokens jump rather than walk). */
  seek(t: number): void {
    const target = Math.min(Math.max(t, this.start), this.finish);
    seekAll(this.replays, target);
    this.instant = true;
    this.now = target;
    if (target >= this.finish) this.pause();
  }

  private step(direction: 1 | -1): void {
    this.pause();
    const t = direction === 1 ? nextEventTime(this.replays) : previousEventTime(this.replays);
    if (t === null) return;
    seekAll(this.replays, t);
    this.instant = false;
    this.now = t;
  }

  // ---- commands ----

  private onCommand = (event: TrainerCommandEvent): void => this.command(event.command);
  private onSeek = (event: TrainerSeekEvent): void => this.seek(event.minute);
  private onSpeed = (event: TrainerSpeedEvent): void => {
    this.speedIndex = Math.min(Math.max(event.index, 0), this.speeds.length - 1);
  };

  /** Does what a button or key asks. */
  command(command: TrainerCommand): void {
    if (command === 'close') {
      this.overlay = 'none';
      return;
    }
    if (command === 'help') {
      this.overlay = this.overlay === 'help' ? 'none' : 'help';
      return;
    }
    if (command === 'fullscreen') {
      if (document.fullscreenElement) void document.exitFullscreen();
      else void document.documentElement.requestFullscreen?.().catch(() => undefined);
      return;
    }
    if (command === 'caption') {
      this.captionShown = !this.captionShown;
      return;
    }
    if (command === 'lessons') {
      this.pause();
      this.overlay = 'none';
      this.view = 'lessons';
      return;
    }
    if (this.view !== 'replay' || this.lesson === null) return;
    if (command === 'summary') {
      this.pause();
      this.overlay = this.overlay === 'summary' ? 'none' : 'summary';
      return;
    }
    if (this.overlay !== 'none') return;
    switch (command) {
      case 'toggle':
        if (this.playing) this.pause();
        else this.play();
        break;
      case 'play':
        this.play();
        break;
      case 'pause':
        this.pause();
        break;
      case 'step':
        this.step(1);
        break;
      case 'back':
        this.step(-1);
        break;
      case 'restart':
        this.pause();
        this.seek(this.start);
        break;
      case 'end':
        this.seek(this.finish);
        break;
      case 'faster':
        this.speedIndex = Math.min(this.speedIndex + 1, this.speeds.length - 1);
        break;
      case 'slower':
        this.speedIndex = Math.max(this.speedIndex - 1, 0);
        break;
      case 'next-day':
        void this.loadDay(this.day + 1);
        break;
      case 'previous-day':
        void this.loadDay(this.day - 1);
        break;
      case 'jump-field':
        this.pause();
        this.renderRoot.querySelector<ReplayControls>('replay-controls')?.focusJump();
        break;
    }
  }

  /** Whether a key press belongs to a control (typing a time, moving the timeline) rather than to the trainer. */
  private static ownedByControl(event: KeyboardEvent): boolean {
    const target = event.composedPath()[0];
    if (!(target instanceof HTMLElement)) return false;
    if (target.tagName === 'TEXTAREA' || target.tagName === 'SELECT' || target.isContentEditable) return true;
    if (target.tagName !== 'INPUT') return false;
    const type = (target as HTMLInputElement).type;
    if (type === 'range') return event.key.startsWith('Arrow') || event.key === 'Home' || event.key === 'End' || event.key.startsWith('Page');
    return type !== 'button' && type !== 'submit' && type !== 'checkbox' && type !== 'radio';
  }

  private onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      const target = event.composedPath()[0];
      if (target instanceof HTMLElement && target.tagName === 'INPUT') target.blur();
    } else if (TrainerApp.ownedByControl(event)) return;
    if (this.view !== 'replay' && event.key !== 'Escape') return;
    const action = actionForKey(event);
    if (action === null) return;
    event.preventDefault();
    if ('seekBy' in action) {
      if (this.overlay === 'none') this.seek(this.now + action.seekBy);
    } else this.command(action.command);
  };

  /** A focused button would also "click" on Space's key-up; Space belongs to play/pause. */
  private onKeyUp = (event: KeyboardEvent): void => {
    if (event.key === ' ' && this.view === 'replay' && !TrainerApp.ownedByControl(event)) event.preventDefault();
  };

  // ---- drawing ----

  private dayRows(): DayRow[] {
    const hasBack = this.lesson?.variants.some((v) => v.scenario.tasks.length > 0) ?? false;
    return measuresFor(hasBack).map((measure) => ({ measure, values: this.dayResults.map((r) => measure.value(r.metrics)) }));
  }

  private renderOffice(replay: OfficeReplay, v: number, withTasks: boolean): unknown {
    const variant = this.lesson!.variants[v]!;
    const skills = trainedSkills(variant.scenario);
    const training = this.dayResults[v]!.metrics['cost.training'] ?? 0;
    return html`<section class="office" style=${`--office:${variantColor(v)}`} aria-label=${variant.label} data-office=${v}>
      <h2>
        ${variant.label}
        <small>${skills === 0 ? 'no cross-training' : `${skills} skill${skills === 1 ? '' : 's'} trained, ${formatMoney(training)}/day`}</small>
      </h2>
      <office-stage .replay=${replay} .room=${this.room} .now=${this.now} .label=${variant.label} ?instant=${this.instant}></office-stage>
      <office-counters .counters=${replay.counters()} ?with-tasks=${withTasks}></office-counters>
    </section>`;
  }

  private renderHelp(): unknown {
    return html`<div class="sheet help" role="dialog" aria-label="Keyboard shortcuts">
      <h2>Keyboard shortcuts</h2>
      <table>
        <tbody>
          ${KEY_BINDINGS.map((b) => html`<tr><th><kbd>${b.label}</kbd></th><td>${b.description}</td></tr>`)}
        </tbody>
      </table>
      <p><button @click=${() => this.command('close')}>Close (Esc)</button></p>
    </div>`;
  }

  override render(): unknown {
    if (this.view === 'lessons' || this.lesson === null) {
      return html`<div class="lessons-page">
          <h1 class="brand">Why cross-training matters: replay a day</h1>
          <p class="intro">
            Each lesson replays the same simulated day in two or three offices side by side: the same customers arrive at the same moments, only the
            staffing differs. Press Space to play, the arrow keys to step, S for the summary and ? for every shortcut.
          </p>
          <p class="intro"><a href="./index.html">Open the simulator</a> to describe your own office and save it as a scenario file to replay here.</p>
        </div>
        <lesson-picker class="lessons-page" .lessons=${lessonCatalog()} .current=${this.lesson?.id ?? ''} .errors=${this.ownErrors}></lesson-picker>`;
    }
    const lesson = this.lesson;
    const withTasks = lesson.variants.some((v) => v.scenario.tasks.length > 0);
    const atEnd = this.replays.length > 0 && this.now >= this.finish;
    return html`
      <header>
        <div class="title-row">
          <h1>${lesson.title}</h1>
          <div class="tools">
            <button class="lessons" title="Back to the lessons (L)" @click=${() => this.command('lessons')}>☰ Lessons</button>
            <span class="day" role="group" aria-label="Simulated day">
              <button class="previous-day" aria-label="Previous simulated day" title="Previous simulated day" @click=${() => this.command('previous-day')}>◀</button>
              Day ${this.day + 1} of ${this.days()}
              <button class="next-day" aria-label="Next simulated day" title="Replay another simulated day (N)" @click=${() => this.command('next-day')}>▶</button>
            </span>
            <button class=${`summary ${atEnd ? 'attention' : 'primary'}`} title="End-of-day summary (S)" @click=${() => this.command('summary')}>
              ${atEnd ? 'Show the summary' : 'Summary'}
            </button>
            <button class="fullscreen" title="Full screen (F)" @click=${() => this.command('fullscreen')}>${fullscreenIcon} Full screen</button>
            <button class="caption-toggle" title="Hide or show the caption (C)" aria-pressed=${this.captionShown ? 'true' : 'false'} @click=${() => this.command('caption')}>
              ${this.captionShown ? 'Hide caption' : 'Show caption'}
            </button>
            <button class="help" title="Keyboard shortcuts (?)" aria-label="Keyboard shortcuts" @click=${() => this.command('help')}>?</button>
          </div>
        </div>
        ${this.captionShown ? html`<p class="caption">${lesson.caption}</p><stage-legend></stage-legend>` : nothing}
        ${lesson.notices.map((n) => html`<p class="notice">${n}</p>`)}
        ${this.simulating ? html`<p class="notice" role="status">Simulating day ${this.day + 1}…</p>` : nothing}
        ${this.dayError !== null ? html`<p class="error" role="alert">${this.dayError}</p>` : nothing}
      </header>
      ${this.replays.length === 0
        ? nothing
        : html`<replay-controls
        class="controls"
        .now=${this.now}
        .start=${this.start}
        .finish=${this.finish}
        .playing=${this.playing}
        .speeds=${this.speeds}
        .speedIndex=${this.speedIndex}
        .moments=${lesson.moments}
      ></replay-controls>
      <main class="offices" style=${`grid-template-columns: repeat(${this.replays.length}, minmax(0, 1fr))`}>
        ${this.replays.map((r, v) => this.renderOffice(r, v, withTasks))}
      </main>`}
      ${this.overlay === 'summary'
        ? html`<div class="overlay" @click=${(e: Event) => e.target === e.currentTarget && this.command('close')}>
            <summary-slide
              class="sheet"
              role="dialog"
              aria-label="Summary"
              .heading=${lesson.title}
              .labels=${lesson.variants.map((v) => v.label)}
              .day=${this.day + 1}
              .dayRows=${this.dayRows()}
              .many=${this.many}
            ></summary-slide>
          </div>`
        : this.overlay === 'help'
          ? html`<div class="overlay" @click=${(e: Event) => e.target === e.currentTarget && this.command('close')}>${this.renderHelp()}</div>`
          : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'trainer-app': TrainerApp;
  }
}
