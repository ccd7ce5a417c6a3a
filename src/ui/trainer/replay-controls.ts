/**
 * `<replay-controls>`: the day's clock, shown large, and the presenter's controls: restart, step back,
 * play/pause, step forward, speed, a clock-time field to jump to, and the timeline with the hours and
 * the lesson's moments. It only reports what was asked; `<trainer-app>` owns the clock.
 *
 * @fires trainer-command - a button was pressed (play, step, restart...)
 * @fires trainer-seek - the timeline was moved, a time was typed or a moment chosen
 * @fires trainer-speed - a speed was chosen
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { formatClock } from '../../analysis/format.js';
import { TrainerCommandEvent, TrainerSeekEvent, TrainerSpeedEvent, type TrainerCommand } from './events.js';
import type { LessonMoment } from './lessons.js';
import { restartIcon } from './icons.js';
import { parseClockInput, speedLabel } from './playback.js';

@customElement('replay-controls')
export class ReplayControls extends LitElement {
  static override styles = css`
    :host {
      display: grid;
      grid-template-columns: auto minmax(0, 1fr);
      grid-template-rows: auto auto;
      column-gap: 1.2rem;
      align-items: center;
      color: #111827;
    }
    .clock {
      grid-row: 1 / span 2;
    }
    .bar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 0.9rem;
    }
    .clock {
      font-size: 3.6rem;
      font-weight: 800;
      font-variant-numeric: tabular-nums;
      line-height: 1;
      letter-spacing: 0.02em;
      min-width: 4.6ch;
    }
    .group {
      display: flex;
      align-items: center;
      gap: 0.35rem;
    }
    button,
    input {
      font: inherit;
      color: inherit;
    }
    button {
      display: inline-flex;
      align-items: center;
      gap: 0.35em;
      min-height: 2.6rem;
      padding: 0.25rem 0.85rem;
      border: 2px solid #5b6573;
      border-radius: 8px;
      background: #ffffff;
      font-size: 1.05rem;
      font-weight: 700;
      cursor: pointer;
      white-space: nowrap;
    }
    button:hover {
      background: #eef2f7;
    }
    button:focus-visible,
    input:focus-visible {
      outline: 3px solid #2c6bc4;
      outline-offset: 2px;
    }
    button.play {
      min-width: 7.2em;
      background: #1d4f91;
      border-color: #1d4f91;
      color: #ffffff;
    }
    button.play:hover {
      background: #2c6bc4;
    }
    .speed output {
      min-width: 5em;
      text-align: center;
      font-size: 1.15rem;
      font-weight: 800;
      font-variant-numeric: tabular-nums;
    }
    .label {
      font-size: 1rem;
      font-weight: 700;
      color: #374151;
    }
    .jump input {
      width: 4.2em;
      min-height: 2.3rem;
      padding: 0.1rem 0.4rem;
      border: 2px solid #5b6573;
      border-radius: 8px;
      font-size: 1.15rem;
      font-variant-numeric: tabular-nums;
    }
    .jump input[aria-invalid='true'] {
      border-color: #b42318;
    }
    .timeline {
      position: relative;
      margin-top: 0.25rem;
      padding-bottom: 1.25rem;
    }
    input[type='range'] {
      width: 100%;
      margin: 0;
      accent-color: #1d4f91;
      height: 1.6rem;
    }
    .hour {
      position: absolute;
      bottom: 0;
      font-size: 0.85rem;
      font-weight: 600;
      color: #4b5563;
      font-variant-numeric: tabular-nums;
    }
    select {
      font: inherit;
      font-size: 1.05rem;
      font-weight: 600;
      min-height: 2.6rem;
      max-width: 15rem;
      padding: 0.2rem 0.4rem;
      border: 2px solid #5b6573;
      border-radius: 8px;
      background: #ffffff;
      color: #111827;
    }
    select:focus-visible {
      outline: 3px solid #2c6bc4;
      outline-offset: 2px;
    }
  `;

  /** The simulated minute shown. */
  @property({ type: Number }) now = 0;
  /** The timeline's first and last minute. */
  @property({ type: Number }) start = 0;
  @property({ type: Number }) finish = 0;
  @property({ type: Boolean }) playing = false;
  /** Speeds offered, simulated minutes per second, slowest first. */
  @property({ attribute: false }) speeds: readonly number[] = [1];
  @property({ type: Number, attribute: 'speed-index' }) speedIndex = 0;
  /** Moments of the lesson worth jumping to. */
  @property({ attribute: false }) moments: readonly LessonMoment[] = [];

  @state() private jumpInvalid = false;
  @query('.jump input') private jumpInput!: HTMLInputElement;

  /** Puts the cursor in the clock-time field (the T shortcut). */
  focusJump(): void {
    this.jumpInput?.focus();
    this.jumpInput?.select();
  }

  private command(command: TrainerCommand): void {
    this.dispatchEvent(new TrainerCommandEvent(command));
  }

  private onJump(event: Event): void {
    event.preventDefault();
    const minute = parseClockInput(this.jumpInput.value);
    this.jumpInvalid = minute === null;
    if (minute === null) return;
    this.dispatchEvent(new TrainerSeekEvent(minute));
    this.jumpInput.blur();
  }

  private onMoment(event: Event): void {
    const select = event.target as HTMLSelectElement;
    if (select.value === '') return;
    this.dispatchEvent(new TrainerSeekEvent(Number(select.value)));
    select.value = '';
    select.blur();
  }

  private onTimeline(event: Event): void {
    this.dispatchEvent(new TrainerSeekEvent(Number((event.target as HTMLInputElement).value)));
  }

  private hourMarks(): unknown[] {
    const span = this.finish - this.start;
    if (!(span > 0)) return [];
    const step = span > 16 * 60 ? 180 : span > 8 * 60 ? 120 : 60;
    const marks: unknown[] = [];
    for (let t = Math.ceil(this.start / step) * step; t <= this.finish; t += step) {
      const at = (t - this.start) / span;
      // The first and last labels stay inside the bar.
      const shift = at < 0.03 ? '0' : at > 0.97 ? '-100%' : '-50%';
      marks.push(html`<span class="hour" style=${`left:${at * 100}%;transform:translateX(${shift})`}>${formatClock(t)}</span>`);
    }
    return marks;
  }

  override render(): unknown {
    const speed = this.speeds[this.speedIndex] ?? this.speeds[0] ?? 1;
    return html`
      <div class="clock" role="timer" aria-label="Time of day">${formatClock(this.now)}</div>
      <div class="bar">
        <div class="group" role="group" aria-label="Playback">
          <button class="restart" title="Back to the start of the day (Home)" @click=${() => this.command('restart')}>${restartIcon} Restart</button>
          <button class="back" title="Step back to the previous event (←)" @click=${() => this.command('back')}>◀ Back</button>
          <button class="play" title="Play or pause (Space)" aria-pressed=${this.playing ? 'true' : 'false'} @click=${() => this.command('toggle')}>
            ${this.playing ? '❚❚ Pause' : '▶ Play'}
          </button>
          <button class="step" title="Step to the next event (→)" @click=${() => this.command('step')}>Step ▶</button>
        </div>
        <div class="group speed" role="group" aria-label="Speed">
          <span class="label">Speed</span>
          <button class="slower" title="Slower (↓)" aria-label="Slower" ?disabled=${this.speedIndex <= 0} @click=${() => this.dispatchEvent(new TrainerSpeedEvent(this.speedIndex - 1))}>−</button>
          <output aria-live="polite">${speedLabel(speed)}</output>
          <button class="faster" title="Faster (↑)" aria-label="Faster" ?disabled=${this.speedIndex >= this.speeds.length - 1} @click=${() => this.dispatchEvent(new TrainerSpeedEvent(this.speedIndex + 1))}>+</button>
        </div>
        <form class="group jump" @submit=${this.onJump}>
          <label class="label" for="jump">Jump to</label>
          <input id="jump" type="text" inputmode="numeric" placeholder="12:30" autocomplete="off" aria-invalid=${this.jumpInvalid ? 'true' : 'false'} title="A clock time, e.g. 12:30 (T)" />
          <button type="submit">Go</button>
        </form>
        ${this.moments.length > 0
          ? html`<select class="moments" aria-label="Jump to a moment of this lesson" @change=${this.onMoment}>
              <option value="" selected>Moments…</option>
              ${this.moments.map((m) => html`<option value=${m.at}>${formatClock(m.at)} ${m.label}</option>`)}
            </select>`
          : nothing}
      </div>
      <div class="timeline">
        <input type="range" aria-label="Timeline of the day" min=${this.start} max=${this.finish} step="any" .value=${String(this.now)} @input=${this.onTimeline} />
        ${this.hourMarks()}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'replay-controls': ReplayControls;
  }
}
