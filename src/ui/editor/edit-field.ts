/**
 * `<edit-field>`: one labelled input bound to a path of the scenario draft. It shows the value at
 * that path, sends a ScenarioEditEvent when the user commits a change (on `change`: Enter, Tab or
 * leaving the field, so typing "0." is never rewritten under the cursor), and shows the schema's
 * messages for its path under the input, as the CLI words them.
 *
 * @fires scenario-edit - with the field's path and the new value (`undefined` when emptied).
 */
import { fieldMessage } from './field-message.js';
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { ScenarioEditEvent } from '../events.js';
import { formatPath, type Path } from '../../sim/scenario-file/path.js';
import { controlStyles, fieldHostStyles } from '../styles/shared.js';
import { ErrorIndex } from './error-index.js';

/**
 * `percent` shows a fraction of the file (0.8) as a percentage (80) and stores what is typed back as
 * a fraction: managers think of a sick rate as 4%, the file holds 0.04.
 */
export type FieldKind = 'number' | 'integer' | 'percent' | 'text' | 'clock' | 'select' | 'checkbox';

export interface FieldOption {
  readonly value: string;
  readonly label: string;
}

let ids = 0;

@customElement('edit-field')
export class EditField extends LitElement {
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static override styles = [
    controlStyles,
    fieldHostStyles,
    css`
      .field {
        display: flex;
        flex-direction: column;
        gap: 0.2rem;
      }
      label {
        font-size: 0.82rem;
        font-weight: 500;
        color: var(--text-2);
      }
      .control {
        display: flex;
        align-items: center;
        gap: 0.35rem;
      }
      .control input,
      .control select {
        flex: 1;
        width: 100%;
      }
      .unit {
        color: var(--text-3);
        font-size: 0.82rem;
        white-space: nowrap;
      }
      .check {
        flex-direction: row;
        align-items: center;
        gap: 0.5rem;
        min-height: 2.1rem;
      }
      .check label {
        font-size: 0.9rem;
        color: var(--text);
      }
      .error {
        margin: 0;
        color: var(--bad);
        font-size: 0.8rem;
        line-height: 1.3;
      }
      .hint {
        margin: 0;
        color: var(--text-3);
        font-size: 0.78rem;
        line-height: 1.3;
      }
      :host([hide-label]) label {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip: rect(0 0 0 0);
        white-space: nowrap;
      }
    `,
  ];

  /** The visible label (also the accessible name). */
  @property() label = '';
  /** Where in the draft the value lives. */
  @property({ attribute: false }) path: Path = [];
  /** The value at `path` (as in the draft, so invalid values show as they are). */
  @property({ attribute: false }) value: unknown = undefined;
  @property() kind: FieldKind = 'number';
  /** Choices of a `select`; an option with value '' stands for "leave the key out". */
  @property({ attribute: false }) options: readonly FieldOption[] = [];
  @property({ type: Number }) min: number | undefined = undefined;
  @property({ type: Number }) max: number | undefined = undefined;
  @property({ type: Number }) step: number | undefined = undefined;
  /** A unit shown after the input: "min", "per hour". */
  @property() unit = '';
  /** Shown when the value is left out: what leaving it out means ("never", "off"). */
  @property() placeholder = '';
  /** A short help line under the input. */
  @property() hint = '';
  /** The draft's errors; the field shows those at its path. */
  @property({ attribute: false }) errors: ErrorIndex = ErrorIndex.empty;
  /** Keeps the label for screen readers but hides it (inputs in tables and matrices). */
  @property({ type: Boolean, attribute: 'hide-label', reflect: true }) hideLabel = false;
  /** An empty text field removes the key (an optional setting left unset) instead of writing "". */
  @property({ type: Boolean }) optional = false;

  private readonly uid = `field-${++ids}`;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('path')) this.setAttribute('data-path', formatPath(this.path));
  }

  private parse(input: HTMLInputElement | HTMLSelectElement): unknown {
    const text = input.value.trim();
    switch (this.kind) {
      case 'checkbox':
        return (input as HTMLInputElement).checked;
      case 'number':
      case 'integer':
        return text === '' ? undefined : Number(text);
      case 'percent':
        return text === '' ? undefined : Number((Number(text) / 100).toPrecision(12));
      case 'select':
        return text === '' ? undefined : input.value;
      case 'text':
      case 'clock':
        return (this.kind === 'clock' || this.optional) && text === '' ? undefined : input.value;
    }
  }

  /**
   * What the user has typed and not yet committed (null when not typing). A render while someone
   * types (a run's progress, a new error list) must not put the draft's value back over their text:
   * the field shows this until the edit is committed (change) or left (blur).
   */
  private typing: string | null = null;

  private onInput(event: Event): void {
    this.typing = (event.target as HTMLInputElement).value;
  }

  private onBlur(): void {
    this.typing = null;
  }

  private onChange(event: Event): void {
    event.stopPropagation();
    this.typing = null;
    this.dispatchEvent(new ScenarioEditEvent(this.path, this.parse(event.target as HTMLInputElement)));
  }

  private describedBy(messages: readonly string[]): string | undefined {
    const ids = [...messages.map((_, i) => `${this.uid}-error-${i}`), ...(this.hint !== '' ? [`${this.uid}-hint`] : [])];
    return ids.length > 0 ? ids.join(' ') : undefined;
  }

  private renderControl(messages: readonly string[]) {
    const invalid = messages.length > 0 ? 'true' : 'false';
    const describedBy = this.describedBy(messages);
    const text =
      this.typing !== null && this.kind !== 'checkbox' && this.kind !== 'select'
        ? this.typing
        : this.value === undefined || this.value === null
        ? ''
        : this.kind === 'percent' && typeof this.value === 'number'
          ? String(Number((this.value * 100).toPrecision(12)))
          : String(this.value);
    switch (this.kind) {
      case 'checkbox':
        return html`<input
          id=${this.uid}
          type="checkbox"
          .checked=${live(this.value === true)}
          aria-invalid=${invalid}
          aria-describedby=${ifDefined(describedBy)}
          @change=${this.onChange}
        />`;
      case 'select': {
        const known = this.options.some((o) => o.value === text);
        return html`<select id=${this.uid} aria-invalid=${invalid} aria-describedby=${ifDefined(describedBy)} @change=${this.onChange}>
          ${known ? nothing : html`<option value=${text} selected>${text === '' ? '—' : text}</option>`}
          ${this.options.map((o) => html`<option value=${o.value} ?selected=${o.value === text}>${o.label}</option>`)}
        </select>`;
      }
      case 'number':
      case 'integer':
      case 'percent':
        return html`<input
          id=${this.uid}
          type="number"
          inputmode=${this.kind === 'integer' ? 'numeric' : 'decimal'}
          .value=${live(text)}
          @input=${this.onInput}
          @blur=${this.onBlur}
          min=${ifDefined(this.min)}
          max=${ifDefined(this.max)}
          step=${this.step ?? (this.kind === 'integer' ? 1 : 'any')}
          placeholder=${this.placeholder}
          aria-invalid=${invalid}
          aria-describedby=${ifDefined(describedBy)}
          @change=${this.onChange}
        />`;
      case 'clock':
      case 'text':
        return html`<input
          id=${this.uid}
          type="text"
          .value=${live(text)}
          @input=${this.onInput}
          @blur=${this.onBlur}
          placeholder=${this.kind === 'clock' && this.placeholder === '' ? 'HH:MM' : this.placeholder}
          spellcheck="false"
          autocomplete="off"
          inputmode=${this.kind === 'clock' ? 'numeric' : 'text'}
          size=${this.kind === 'clock' ? 6 : 12}
          aria-invalid=${invalid}
          aria-describedby=${ifDefined(describedBy)}
          @change=${this.onChange}
        />`;
    }
  }

  override render() {
    const messages = this.errors.at(formatPath(this.path));
    const extras = html`${messages.map((m, i) => html`<p class="error" id="${this.uid}-error-${i}" title=${m}>${fieldMessage(m, this.path.at(-1))}</p>`)}
    ${this.hint !== '' ? html`<p class="hint" id="${this.uid}-hint">${this.hint}</p>` : nothing}`;
    if (this.kind === 'checkbox') {
      return html`<div class="field"><div class="field check">${this.renderControl(messages)}<label for=${this.uid}>${this.label}</label></div>${extras}</div>`;
    }
    return html`<div class="field">
      <label for=${this.uid}>${this.label}</label>
      <div class="control">${this.renderControl(messages)}${this.unit !== '' ? html`<span class="unit">${this.unit}</span>` : nothing}</div>
      ${extras}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'edit-field': EditField;
  }
}
