/**
 * `<skills-matrix>`: people (rows) by skills (columns), with each person's proficiency in each
 * skill they hold. Clicking an empty cell cross-trains that person in that skill (at a learner's
 * proficiency, which can then be changed); a held skill can be edited or untrained. The home skill
 * is marked and cannot be removed. Proficiency is a speed factor: 1.0 works at an expert's pace,
 * 0.5 takes twice as long.
 *
 * @fires scenario-edit - with `staff[i].skills.<skill>` and the new proficiency (undefined: untrained).
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { ScenarioEditEvent } from '../events.js';
import type { Draft } from '../state/validation.js';
import { formatPath } from '../../sim/scenario-file/path.js';
import { controlStyles, introStyles, tableStyles } from '../styles/shared.js';
import { ErrorIndex } from './error-index.js';
import { cellLearning, frontSkillsOf, skillsOf, type CellLearning } from './draft-info.js';

/** Proficiency given to a newly cross-trained skill: a learner, slower than an expert. */
export const NEW_SKILL_PROFICIENCY = 0.7;

@customElement('skills-matrix')
export class SkillsMatrix extends LitElement {
  static override styles = [
    controlStyles,
    tableStyles,
    introStyles,
    css`
      :host {
        display: block;
      }
      .scroll {
        overflow: auto;
        border: 1px solid var(--border);
        border-radius: var(--radius);
        background: var(--surface);
        max-height: calc(100vh - 16rem);
      }
      table {
        width: auto;
        min-width: 100%;
      }
      th,
      td {
        border-right: 1px solid var(--border);
        padding: 0.3rem 0.4rem;
      }
      th.person,
      td.person {
        position: sticky;
        left: 0;
        background: var(--surface-2);
        z-index: 2;
        text-align: left;
        white-space: nowrap;
        font-weight: 600;
        color: var(--text);
        font-size: 0.9rem;
      }
      thead th {
        text-align: center;
        vertical-align: bottom;
        min-width: 4.4rem;
      }
      thead th.person {
        z-index: 3;
      }
      .area {
        display: block;
        font-size: 0.7rem;
        font-weight: 500;
        color: var(--text-3);
        text-transform: uppercase;
        letter-spacing: 0.04em;
      }
      td.cell {
        text-align: center;
        padding: 0.2rem;
      }
      td.held {
        background: var(--good-soft);
      }
      td.home {
        background: color-mix(in srgb, var(--accent) 16%, white);
      }
      td.invalid {
        background: var(--bad-soft);
        outline: 2px solid var(--bad);
        outline-offset: -2px;
      }
      .held-cell {
        display: flex;
        align-items: center;
        gap: 0.15rem;
        justify-content: center;
      }
      .held-cell input {
        width: 3rem;
        min-height: 1.9rem;
        padding: 0.1rem 0.3rem;
        text-align: right;
      }
      .held-cell button {
        min-height: 1.7rem;
        min-width: 1.7rem;
        padding: 0;
        justify-content: center;
        color: var(--text-3);
        border-color: transparent;
        background: transparent;
        font-size: 0.85rem;
      }
      .held-cell button:hover {
        color: var(--bad);
      }
      button.train {
        width: 100%;
        min-height: 1.9rem;
        justify-content: center;
        border: 1px dashed var(--border-strong);
        background: transparent;
        color: var(--text-3);
        font-weight: 500;
      }
      button.train:hover {
        border-color: var(--accent);
        color: var(--accent);
        background: var(--accent-soft);
      }
      .curve {
        display: flex;
        align-items: center;
        justify-content: center;
        gap: 0.15rem;
        margin-top: 0.1rem;
        font-size: 0.68rem;
        color: var(--text-2);
        white-space: nowrap;
        font-variant-numeric: tabular-nums;
      }
      .curve svg,
      .legend svg {
        width: 1.1rem;
        height: 0.8rem;
        flex: none;
      }
      .home-tag {
        font-size: 0.6rem;
        font-weight: 700;
        color: var(--accent);
        text-transform: uppercase;
        letter-spacing: 0.04em;
      }
      .more {
        margin: 0 0 0.4rem;
        font-size: 0.85rem;
        color: var(--accent);
        font-weight: 500;
      }
      .count {
        color: var(--text-3);
        font-weight: 500;
      }
      .errors {
        margin: 0.6rem 0 0;
        padding-left: 1.2rem;
        color: var(--bad);
        font-size: 0.85rem;
      }
      .legend {
        display: flex;
        gap: 1rem;
        flex-wrap: wrap;
        margin-top: 0.6rem;
        font-size: 0.8rem;
        color: var(--text-2);
      }
      .swatch {
        display: inline-block;
        width: 0.9rem;
        height: 0.9rem;
        border-radius: 2px;
        vertical-align: -0.15rem;
        margin-right: 0.3rem;
        border: 1px solid var(--border);
      }
      tfoot td {
        font-size: 0.8rem;
        color: var(--text-2);
        text-align: center;
        background: var(--surface-2);
      }
    `,
  ];

  @property({ attribute: false }) draft: Draft = { staff: [] };
  @property({ attribute: false }) errors: ErrorIndex = ErrorIndex.empty;
  /** Skills columns lie beyond the right edge of the box (a cue to scroll or widen the editor). */
  @state() private moreRight = false;
  private resizeObserver: ResizeObserver | null = null;

  private measure = (): void => {
    const box = this.renderRoot.querySelector<HTMLElement>('.scroll');
    if (box === null) return;
    this.moreRight = box.scrollLeft + box.clientWidth < box.scrollWidth - 1;
  };

  override firstUpdated(): void {
    if (typeof ResizeObserver === 'undefined') return;
    this.resizeObserver = new ResizeObserver(this.measure);
    const box = this.renderRoot.querySelector('.scroll');
    if (box !== null) this.resizeObserver.observe(box);
    const table = this.renderRoot.querySelector('table');
    if (table !== null) this.resizeObserver.observe(table);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
  }

  private edit(person: number, skill: string, value: number | undefined): void {
    this.dispatchEvent(new ScenarioEditEvent(['staff', person, 'skills', skill], value));
  }

  /** The cell whose new proficiency input takes the focus once it is drawn (`person:skill`). */
  private focusCell: string | null = null;

  private train(person: number, skill: string): void {
    // Move focus to the new proficiency input so the keyboard user can adjust it at once. The input
    // appears only when the new draft comes back down from the app, an update or two later, while
    // the "+" button that had the focus is gone: so the focus moves in updated(), when it is there.
    this.focusCell = `${person}:${skill}`;
    this.edit(person, skill, NEW_SKILL_PROFICIENCY);
  }

  override updated(): void {
    const cell = this.focusCell;
    if (cell === null) return;
    const input = [...this.renderRoot.querySelectorAll<HTMLInputElement>('input[data-cell]')].find((i) => i.dataset['cell'] === cell);
    if (input === undefined) return;
    this.focusCell = null;
    input.focus();
    input.select?.(); // absent in the unit tests' DOM
  }

  private onInput(person: number, skill: string, event: Event): void {
    const text = (event.target as HTMLInputElement).value.trim();
    this.edit(person, skill, text === '' ? undefined : Number(text));
  }

  override render() {
    const staff = this.draft.staff ?? [];
    const skills = skillsOf(this.draft);
    const front = frontSkillsOf(this.draft);
    const holders = skills.map((s) => staff.reduce((n, p) => n + (p.home === s || (p.skills !== undefined && Object.hasOwn(p.skills, s)) ? (typeof p.count === 'number' ? p.count : 1) : 0), 0));
    const anyCurve = staff.some((p, i) =>
      skills.some((s) => {
        const held = p.skills ?? {};
        const start = Object.hasOwn(held, s) ? held[s] : p.home === s ? 1 : undefined;
        return typeof start === 'number' && cellLearning(this.draft, i, s, start) !== null;
      }),
    );
    const matrixErrors = this.errors.errors.filter((e) => /^staff\[\d+\]\.(skills|home)/.test(e.path) || /^staff\[\d+\]\.skills\[/.test(e.path));
    return html`
      <p class="intro">Who can do what. Click <strong>+</strong> to cross-train a person in a skill (they start at ${NEW_SKILL_PROFICIENCY}: 1.0 works at an expert's pace, 0.5 takes twice as long). Cross-trained people cover the counter or help the back office under the cover rules.</p>
      ${this.moreRight
        ? html`<p class="more" role="note">More skills to the right →: scroll sideways, or drag the editor’s right edge to widen it.</p>`
        : nothing}
      <div class="scroll" @scroll=${this.measure}>
        <table aria-label="Skills matrix: proficiency of each person in each skill">
          <thead>
            <tr>
              <th class="person" scope="col">Person</th>
              ${skills.map((s) => html`<th scope="col">${s}<span class="area">${front.has(s) ? 'counter' : 'back office'}</span></th>`)}
            </tr>
          </thead>
          <tbody>
            ${staff.map((p, i) => {
              const held = p.skills ?? {};
              return html`<tr>
                <th class="person" scope="row">${p.name}${typeof p.count === 'number' ? html` <span class="count">×${p.count}</span>` : nothing}</th>
                ${skills.map((s) => this.renderCell(i, p.name, p.home, s, Object.hasOwn(held, s) ? held[s] : undefined))}
              </tr>`;
            })}
          </tbody>
          <tfoot>
            <tr>
              <td class="person">People holding it</td>
              ${holders.map((n) => html`<td>${n}</td>`)}
            </tr>
          </tfoot>
        </table>
      </div>
      <div class="legend" aria-hidden="true">
        <span><span class="swatch" style="background: color-mix(in srgb, var(--accent) 16%, white)"></span>Home skill</span>
        <span><span class="swatch" style="background: var(--good-soft)"></span>Cross-trained</span>
        <span><span class="swatch" style="background: var(--surface)"></span>Not trained: click + to train</span>
        ${anyCurve ? html`<span>${curveIcon(true)} Grows with practice: start → target (fades without practice: ↘)</span>` : nothing}
      </div>
      ${matrixErrors.length > 0 ? html`<ul class="errors" role="alert">${matrixErrors.map((e) => html`<li>${e.path}: ${e.message}</li>`)}</ul>` : nothing}
    `;
  }

  private renderCell(person: number, name: string, home: string, skill: string, value: number | undefined) {
    const isHome = home === skill;
    const path = formatPath(['staff', person, 'skills', skill]);
    const messages = this.errors.at(path);
    const classes = ['cell', isHome ? 'home' : value !== undefined ? 'held' : '', messages.length > 0 ? 'invalid' : ''].join(' ');
    if (value === undefined && !isHome) {
      return html`<td class=${classes} data-path=${path}>
        <button type="button" class="train" aria-label="Cross-train ${name} in ${skill}" title="Cross-train ${name} in ${skill}" @click=${() => this.train(person, skill)}>+</button>
      </td>`;
    }
    const shown = value ?? 1;
    const learning = typeof shown === 'number' ? cellLearning(this.draft, person, skill, shown) : null;
    const tip = [...messages, ...(learning === null ? [] : [learningText(name, skill, learning)])].join('\n');
    return html`<td class=${classes} data-path=${path} title=${tip}>
      <div class="held-cell">
        <input
          type="number"
          min="0.05"
          max="1"
          step="0.05"
          inputmode="decimal"
          data-cell="${person}:${skill}"
          aria-label="${name}: proficiency in ${skill}${isHome ? ' (home skill)' : ''}"
          aria-invalid=${messages.length > 0 ? 'true' : 'false'}
          .value=${live(String(shown))}
          @change=${(e: Event) => this.onInput(person, skill, e)}
        />
        ${isHome
          ? html`<span class="home-tag" title="Home skill">home</span>`
          : html`<button type="button" aria-label="Untrain ${name} in ${skill}" title="Remove ${skill} from ${name}" @click=${() => this.edit(person, skill, undefined)}>✕</button>`}
      </div>
      ${learning === null ? nothing : renderCurve(learning, learningText(name, skill, learning))}
    </td>`;
  }
}

/** The curve icon: rising for a skill that grows, falling for one that only fades. */
function curveIcon(grows: boolean) {
  const d = grows ? 'M1 11 C 5 4, 9 2, 17 1.5' : 'M1 2 C 5 8, 9 10, 17 10.5';
  return html`<svg viewBox="0 0 18 12" aria-hidden="true"><path d=${d} fill="none" stroke="var(--accent)" stroke-width="1.8" stroke-linecap="round" /></svg>`;
}

function renderCurve(l: CellLearning, text: string) {
  const fmt = (v: number) => String(Math.round(v * 100) / 100);
  return html`<div class="curve" role="img" aria-label=${text}>
    ${curveIcon(l.target !== null)}${l.target !== null ? html`${fmt(l.start)} → ${fmt(l.target)}` : html`↘ ${fmt(l.forgetting!.floor)}`}
  </div>`;
}

/** "Cara grows in front from 0.5 towards 1 (time constant 25 hours of practice); fades ...". */
function learningText(name: string, skill: string, l: CellLearning): string {
  const parts: string[] = [];
  if (l.target !== null) parts.push(`${name} grows in ${skill} from ${l.start} towards ${l.target} with practice (${l.curve === 'power' ? 'a power curve with a time constant of' : 'the gap shrinks by a factor e every'} ${l.timeConstantHours} hours serving it)`);
  if (l.forgetting !== null) parts.push(`without practice it fades towards ${l.forgetting.floor} (half the way every ${l.forgetting.halfLifeDays} days)`);
  return `${parts.join('; ')}.`;
}

declare global {
  interface HTMLElementTagNameMap {
    'skills-matrix': SkillsMatrix;
  }
}
