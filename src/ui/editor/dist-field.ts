/**
 * `<dist-field>`: edits a distribution of minutes (work content, patience, interruption length):
 * a choice of shape and that shape's parameters, each a labelled field bound to its own path so
 * the schema's errors land on it. Changing the shape keeps the mean, so "exponential, mean 6"
 * becomes "lognormal, mean 6, CV 1" rather than starting over.
 *
 * @fires scenario-edit - with the distribution's path and its new value.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { makeDistribution } from '../../sim/distributions.js';
import { distSpec } from '../../sim/scenario-file/normalize.js';
import type { DistributionFile } from '../../sim/scenario-file/file-schema.js';
import { ScenarioEditEvent } from '../events.js';
import { formatPath, type Path } from '../../sim/scenario-file/path.js';
import { controlStyles, fieldHostStyles, fieldsetStyles } from '../styles/shared.js';
import { ErrorIndex } from './error-index.js';
import './edit-field.js';

type Shape = 'none' | 'deterministic' | 'exponential' | 'lognormal' | 'gamma' | 'weibull' | 'triangular' | 'uniform' | 'empirical';

const SHAPES: readonly { readonly value: Shape; readonly label: string }[] = [
  { value: 'deterministic', label: 'Fixed' },
  { value: 'exponential', label: 'Exponential (very variable)' },
  { value: 'lognormal', label: 'Lognormal (mean, variability)' },
  { value: 'gamma', label: 'Gamma (mean, variability)' },
  { value: 'weibull', label: 'Weibull (shape, scale)' },
  { value: 'triangular', label: 'Triangular (min, most likely, max)' },
  { value: 'uniform', label: 'Uniform (min, max)' },
  { value: 'empirical', label: 'Observed values' },
];

function shapeOf(value: unknown): Shape {
  if (value === undefined || value === null) return 'none';
  if (typeof value === 'number') return 'deterministic';
  if (typeof value === 'object' && 'dist' in value && SHAPES.some((s) => s.value === (value as { dist: unknown }).dist)) {
    return (value as { dist: Shape }).dist;
  }
  return 'deterministic';
}

/** The mean of a distribution as the simulator computes it; null when it is not a valid one. */
function meanOf(value: unknown): number | null {
  try {
    const mean = makeDistribution(distSpec(value as DistributionFile)).mean;
    return Number.isFinite(mean) && mean > 0 ? mean : null;
  } catch {
    return null;
  }
}

/** Rounds a derived parameter to what a person would type. */
function tidy(x: number): number {
  return Number(x.toPrecision(3));
}

/** A distribution of the new shape with the old one's mean. */
function convert(shape: Shape, mean: number): DistributionFile | undefined {
  switch (shape) {
    case 'none':
      return undefined;
    case 'deterministic':
      return { dist: 'deterministic', value: tidy(mean) };
    case 'exponential':
      return { dist: 'exponential', mean: tidy(mean) };
    case 'lognormal':
    case 'gamma':
      return { dist: shape, mean: tidy(mean), cv: 0.5 };
    case 'weibull': {
      // Shape 1.5 (bunched more than exponential); the scale that keeps the mean.
      const shape = 1.5;
      return { dist: 'weibull', shape, scale: tidy(mean / makeDistribution({ dist: 'weibull', shape, scale: 1 }).mean) };
    }
    case 'triangular':
      return { dist: 'triangular', min: tidy(mean / 2), mode: tidy(mean), max: tidy(mean * 1.5) };
    case 'uniform':
      return { dist: 'uniform', min: tidy(mean / 2), max: tidy(mean * 1.5) };
    case 'empirical':
      return { dist: 'empirical', values: [tidy(mean)] };
  }
}

let ids = 0;

@customElement('dist-field')
export class DistField extends LitElement {
  static override styles = [
    controlStyles,
    fieldHostStyles,
    fieldsetStyles,
    css`
      .row {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(6.5rem, 1fr));
        gap: 0.5rem;
        align-items: start;
      }
      .shape {
        grid-column: 1 / -1;
      }
      .shape select {
        width: 100%;
      }
      .values {
        grid-column: 1 / -1;
        display: flex;
        flex-direction: column;
        gap: 0.2rem;
      }
      .values label {
        font-size: 0.82rem;
        color: var(--text-2);
      }
      .error {
        margin: 0.3rem 0 0;
        color: var(--bad);
        font-size: 0.8rem;
      }
      .sr {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip: rect(0 0 0 0);
      }
    `,
  ];

  @property() label = '';
  @property({ attribute: false }) path: Path = [];
  @property({ attribute: false }) value: unknown = undefined;
  /** Whether the distribution may be left out; `noneLabel` says what that means ("Never gives up"). */
  @property({ type: Boolean }) optional = false;
  @property() noneLabel = 'None';
  @property({ attribute: false }) errors: ErrorIndex = ErrorIndex.empty;

  private readonly uid = `dist-${++ids}`;

  private emit(value: unknown): void {
    this.dispatchEvent(new ScenarioEditEvent(this.path, value));
  }

  private onShape(event: Event): void {
    event.stopPropagation();
    const shape = (event.target as HTMLSelectElement).value as Shape;
    this.emit(convert(shape, meanOf(this.value) ?? 5));
  }

  private onValues(event: Event): void {
    event.stopPropagation();
    const text = (event.target as HTMLInputElement).value;
    const values = text
      .split(/[\s,;]+/)
      .filter((t) => t !== '')
      .map(Number);
    this.emit({ dist: 'empirical', values });
  }

  private param(key: string, label: string) {
    const value = this.value as Record<string, unknown>;
    return html`<edit-field
      .label=${label}
      .path=${[...this.path, key]}
      .value=${value[key]}
      kind="number"
      min="0"
      unit=${key === 'cv' || key === 'shape' ? '' : 'min'}
      .errors=${this.errors}
    ></edit-field>`;
  }

  private renderParams(shape: Shape) {
    switch (shape) {
      case 'none':
        return nothing;
      case 'deterministic':
        return typeof this.value === 'number' || typeof this.value !== 'object'
          ? html`<edit-field .label=${'Minutes'} .path=${this.path} .value=${this.value} kind="number" min="0" unit="min" .errors=${ErrorIndex.empty}></edit-field>`
          : this.param('value', 'Minutes');
      case 'exponential':
        return this.param('mean', 'Mean');
      case 'lognormal':
      case 'gamma':
        return html`${this.param('mean', 'Mean')}${this.param('cv', 'Variability (CV)')}`;
      case 'weibull':
        return html`${this.param('shape', 'Shape')}${this.param('scale', 'Scale')}`;
      case 'triangular':
        return html`${this.param('min', 'Min')}${this.param('mode', 'Most likely')}${this.param('max', 'Max')}`;
      case 'uniform':
        return html`${this.param('min', 'Min')}${this.param('max', 'Max')}`;
      case 'empirical': {
        const values = (this.value as { values?: unknown }).values;
        const text = Array.isArray(values) ? values.join(', ') : '';
        const messages = this.errors.at(formatPath([...this.path, 'values']));
        return html`<div class="values">
          <label for="${this.uid}-values">Observed minutes, separated by commas</label>
          <input id="${this.uid}-values" type="text" .value=${live(text)} aria-invalid=${messages.length > 0 ? 'true' : 'false'} @change=${this.onValues} />
          ${messages.map((m) => html`<p class="error">${m}</p>`)}
        </div>`;
      }
    }
  }

  override render() {
    const shape = shapeOf(this.value);
    const own = this.errors.at(formatPath(this.path));
    return html`<fieldset data-path=${formatPath(this.path)}>
      <legend>${this.label}</legend>
      <div class="row">
        <div class="shape">
          <label class="sr" for="${this.uid}-shape">${this.label}: shape</label>
          <select id="${this.uid}-shape" @change=${this.onShape} aria-invalid=${own.length > 0 ? 'true' : 'false'}>
            ${this.optional ? html`<option value="none" ?selected=${shape === 'none'}>${this.noneLabel}</option>` : nothing}
            ${SHAPES.map((s) => html`<option value=${s.value} ?selected=${s.value === shape}>${s.label}</option>`)}
          </select>
        </div>
        ${this.renderParams(shape)}
      </div>
      ${own.map((m) => html`<p class="error">${m}</p>`)}
    </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dist-field': DistField;
  }
}
