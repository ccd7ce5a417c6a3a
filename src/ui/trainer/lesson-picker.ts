/**
 * `<lesson-picker>`: the trainer's start page. One card per built-in lesson (title and caption), and a
 * form to replay the trainer's own scenario files side by side: the office on the left, the office on
 * the right and an optional third, each a YAML or JSON scenario file.
 *
 * @fires lesson-choice - a lesson was opened, or own files were chosen (their text, left to right)
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { LessonChoiceEvent } from './events.js';
import { MAX_VARIANTS, type LessonEntry } from './lessons.js';

const SLOTS = ['Office on the left', 'Office on the right', 'A third office (optional)'] as const;

@customElement('lesson-picker')
export class LessonPicker extends LitElement {
  static override styles = css`
    :host {
      display: block;
      color: #111827;
    }
    h2 {
      font-size: 1.5rem;
      margin: 0 0 0.8rem;
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(30rem, 1fr));
      gap: 1rem;
    }
    li {
      display: flex;
      flex-direction: column;
      gap: 0.6rem;
      background: #ffffff;
      border: 2px solid #c4cbd5;
      border-radius: 12px;
      padding: 1rem 1.2rem;
    }
    h3 {
      margin: 0;
      font-size: 1.35rem;
    }
    p {
      margin: 0;
      font-size: 1.05rem;
      line-height: 1.45;
      color: #1f2937;
      flex: 1;
    }
    button,
    input {
      font: inherit;
    }
    button {
      align-self: flex-start;
      justify-self: start;
      min-height: 2.6rem;
      padding: 0.3rem 1.1rem;
      border: 2px solid #1d4f91;
      border-radius: 8px;
      background: #1d4f91;
      color: #ffffff;
      font-size: 1.1rem;
      font-weight: 700;
      cursor: pointer;
    }
    button:hover {
      background: #2c6bc4;
    }
    button:focus-visible,
    input:focus-visible {
      outline: 3px solid #2c6bc4;
      outline-offset: 2px;
    }
    .current {
      border-color: #1d4f91;
      box-shadow: 0 0 0 3px #c9d9f2;
    }
    form {
      margin-top: 1.6rem;
      background: #ffffff;
      border: 2px dashed #9aa3b0;
      border-radius: 12px;
      padding: 1rem 1.2rem;
      display: grid;
      gap: 0.7rem;
    }
    label {
      display: grid;
      grid-template-columns: 16rem 1fr;
      align-items: center;
      font-weight: 700;
      font-size: 1.05rem;
    }
    .hint {
      font-size: 1rem;
      color: #374151;
    }
    .errors {
      display: block;
      list-style: disc;
      margin: 0;
      padding: 0.6rem 0.9rem 0.6rem 2rem;
      border: 2px solid #b42318;
      border-radius: 8px;
      background: #fff5f4;
      color: #8a1a12;
      font-family: var(--mono, monospace);
      font-size: 0.95rem;
    }
  `;

  /** The built-in lessons. */
  @property({ attribute: false }) lessons: readonly LessonEntry[] = [];
  /** The lesson open now, highlighted. */
  @property() current = '';
  /** Why the trainer's own files could not be replayed. */
  @property({ attribute: false }) errors: readonly string[] = [];

  @state() private reading = false;

  private async onOwn(event: Event): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const inputs = [...form.querySelectorAll<HTMLInputElement>('input[type=file]')];
    const chosen = inputs.map((input) => input.files?.[0]).filter((f): f is File => f !== undefined);
    this.reading = true;
    try {
      const files = await Promise.all(chosen.map(async (file) => ({ name: file.name, text: await file.text() })));
      this.dispatchEvent(new LessonChoiceEvent({ files }));
    } finally {
      this.reading = false;
    }
  }

  override render(): unknown {
    return html`
      <h2>Choose a lesson</h2>
      <ul>
        ${this.lessons.map(
          (lesson) => html`<li class=${lesson.id === this.current ? 'current' : ''} data-lesson=${lesson.id}>
            <h3>${lesson.title}</h3>
            <p>${lesson.caption}</p>
            <button @click=${() => this.dispatchEvent(new LessonChoiceEvent({ id: lesson.id }))}>Open this lesson</button>
          </li>`,
        )}
      </ul>
      <form @submit=${this.onOwn} aria-labelledby="own-title">
        <h3 id="own-title">Or replay your own scenario files side by side</h3>
        <span class="hint">The same day is replayed for each office, with the same customers arriving at the same moments (the first file's seed).</span>
        ${SLOTS.slice(0, MAX_VARIANTS).map(
          (slot, i) => html`<label>${slot}<input type="file" name=${`office-${i + 1}`} accept=".yaml,.yml,.json,application/json,text/yaml" ?required=${i < 2} /></label>`,
        )}
        <button type="submit" ?disabled=${this.reading}>Replay these</button>
        ${this.errors.length > 0 ? html`<ul class="errors" role="alert">${this.errors.map((e) => html`<li>${e}</li>`)}</ul>` : nothing}
      </form>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lesson-picker': LessonPicker;
  }
}
