/**
 * `<kpi-card>`: one headline number: its label, mean over replications, 95% confidence interval,
 * and, when a baseline is kept, the paired difference from it, coloured when the interval of the
 * difference excludes zero (green: better, red: worse) and grey when it could be chance.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { RunSummary, VariantDifference } from '../../analysis/run-summary.js';
import { formatInterval, MISSING } from '../../analysis/format.js';
import { CUT_NOTE, differenceVerdict, formatByUnit, formatMetricInterval, isCut, metricInfo } from '../../analysis/metric-info.js';
import { periodSuffix, type PeriodView } from '../../analysis/period.js';
import { differenceFormatter, differenceText } from './difference.js';

type Summary = RunSummary['metrics'][string];

/** better, worse, insignificant or neutral (no better direction) for a difference of `key`. */
export function verdict(key: string, d: VariantDifference): 'better' | 'worse' | 'insignificant' | 'neutral' {
  return differenceVerdict(key, d);
}

@customElement('kpi-card')
export class KpiCard extends LitElement {
  static override styles = css`
    :host {
      display: block;
      min-width: 0;
    }
    .card {
      background: var(--surface);
      border: 1px solid var(--border);
      border-radius: var(--radius);
      box-shadow: var(--shadow);
      padding: 0.7rem 0.9rem 0.75rem;
      height: 100%;
      box-sizing: border-box;
      display: flex;
      flex-direction: column;
      gap: 0.15rem;
    }
    .label {
      font-size: 0.78rem;
      font-weight: 600;
      color: var(--text-2);
      text-transform: uppercase;
      letter-spacing: 0.04em;
    }
    .value {
      margin-top: auto;
      font-size: 1.6rem;
      font-weight: 650;
      font-variant-numeric: tabular-nums;
      line-height: 1.2;
      color: var(--text);
      white-space: nowrap;
    }
    .period {
      text-transform: none;
      letter-spacing: 0;
      font-weight: 500;
      color: var(--text-3);
    }
    .ci {
      font-size: 0.8rem;
      color: var(--text-3);
      font-variant-numeric: tabular-nums;
    }
    .diff {
      margin-top: 0.3rem;
      font-size: 0.8rem;
      font-weight: 600;
      font-variant-numeric: tabular-nums;
      line-height: 1.3;
      padding: 0.15rem 0.5rem;
      border-radius: 6px;
      align-self: flex-start;
    }
    .better {
      color: var(--good);
      background: var(--good-soft);
    }
    .worse {
      color: var(--bad);
      background: var(--bad-soft);
    }
    .neutral {
      color: var(--accent);
      background: var(--accent-soft);
    }
    .insignificant {
      color: var(--text-2);
      background: var(--surface-3);
      font-weight: 500;
    }
    :host([partial]) .value {
      color: var(--text-2);
    }
    :host([compact]) .card {
      padding: 0.5rem 0.7rem 0.55rem;
    }
    :host([compact]) .label {
      font-size: 0.72rem;
    }
    :host([compact]) .value {
      font-size: 1.2rem;
    }
    :host([compact]) .ci {
      font-size: 0.74rem;
    }
  `;

  /** Metric key, e.g. `profit`. */
  @property() metric = '';
  @property({ attribute: false }) summary: Summary | null = null;
  /** Paired difference from the baseline; null: no comparison. */
  @property({ attribute: false }) difference: VariantDifference | null = null;
  /** Smaller type, for the secondary figures of a results tab. */
  @property({ type: Boolean, reflect: true }) compact = false;
  /** Results are still coming in: the number will move. */
  @property({ type: Boolean, reflect: true }) partial = false;
  /** The scenario's currency, printed with money; null: none named. */
  @property({ attribute: false }) currency: string | null = null;
  /** The period the summary's totals are in (src/analysis/period.ts); the label says it. */
  @property({ attribute: false }) period: PeriodView | undefined = undefined;

  override render() {
    const info = metricInfo(this.metric);
    const s = this.summary;
    const format = (v: number) => formatByUnit(info.unit, v, { currency: this.currency });
    // The value names the currency; the interval beneath it reads better without repeating it.
    const bound = (v: number) => formatByUnit(info.unit, v);
    const period = periodSuffix(this.metric, this.period);
    const cut = isCut(this.metric, s?.ci95);
    const d = this.difference;
    const kind = d === null ? null : verdict(this.metric, d);
    const words = { better: 'better', worse: 'worse', neutral: 'changed', insignificant: 'no clear change' } as const;
    return html`<div class="card" data-metric=${this.metric} data-mean=${s?.mean ?? ''}>
      <span class="label">${info.label}${period ? html` <span class="period">${period}</span>` : nothing}</span>
      <span class="value">${s === null ? MISSING : format(s.mean ?? NaN)}</span>
      <span class="ci" title=${cut ? CUT_NOTE : ''}>${s?.ci95 ? html`95% CI ${formatMetricInterval(this.metric, s.ci95, { format: bound })}` : s !== null && s.n < 2 ? 'CI from 2 replications' : ' '}</span>
      ${d !== null && kind !== null
        ? html`<span class="diff ${kind}" title=${d.ci95 ? `Difference 95% CI ${formatInterval(d.ci95, differenceFormatter(this.metric, d.mean, this.currency))}` : ''}
            >${differenceText(this.metric, d.mean, this.currency)} vs baseline · ${words[kind]}</span
          >`
        : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kpi-card': KpiCard;
  }
}
