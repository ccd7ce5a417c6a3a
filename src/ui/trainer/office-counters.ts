/**
 * `<office-counters>`: the running numbers under one office, large enough to read from the back of a
 * room: customers served, waiting now, gave up, minutes of coverage gap and revenue so far, plus the
 * back office's tasks done and still open when the office has one. The values come from the replay's
 * trace counts (`ReplayCounters`), never from a separate calculation.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { formatCount, formatMoney } from '../../analysis/format.js';
import type { ReplayCounters } from './replay.js';

interface Tile {
  readonly key: string;
  readonly label: string;
  readonly value: string;
  /** Draws the eye when it is not zero (bad news). */
  readonly alarm: boolean;
}

/** The tiles for a set of counters, in reading order. */
export function counterTiles(c: ReplayCounters, withTasks: boolean): Tile[] {
  const gap = Math.round(c.gapMinutes);
  const tiles: Tile[] = [
    { key: 'served', label: 'Served', value: formatCount(c.served), alarm: false },
    { key: 'waiting', label: 'Waiting now', value: formatCount(c.waiting), alarm: false },
    { key: 'gave-up', label: 'Gave up', value: formatCount(c.walkedOut), alarm: c.walkedOut > 0 },
    { key: 'gap', label: 'Coverage gap', value: `${formatCount(gap)} min`, alarm: gap > 0 },
    { key: 'revenue', label: 'Revenue', value: formatMoney(c.revenue, { digits: 0 }), alarm: false },
  ];
  if (withTasks) {
    tiles.push(
      { key: 'tasks-done', label: 'Tasks done', value: formatCount(c.tasksDone), alarm: false },
      { key: 'tasks-open', label: 'Tasks open', value: formatCount(c.tasksOpen), alarm: false },
    );
  }
  return tiles;
}

@customElement('office-counters')
export class OfficeCounters extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    dl {
      display: flex;
      flex-wrap: wrap;
      gap: 0.35rem;
      margin: 0;
    }
    div {
      background: #ffffff;
      border: 2px solid #c4cbd5;
      border-radius: 10px;
      padding: 0.1rem 0.35rem 0.15rem;
      flex: 1 1 auto;
    }
    dt {
      font-size: 0.78rem;
      font-weight: 700;
      color: #374151;
      white-space: nowrap;
    }
    dd {
      margin: 0;
      font-size: 1.55rem;
      font-weight: 800;
      line-height: 1.15;
      color: #111827;
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    .alarm {
      border-color: #b42318;
      background: #fff5f4;
    }
    .alarm dd {
      color: #b42318;
    }
  `;

  /** The office's counters at the current minute. */
  @property({ attribute: false }) counters: ReplayCounters | null = null;
  /** Show the back office's tasks done and open. */
  @property({ type: Boolean, attribute: 'with-tasks' }) withTasks = false;

  override render(): unknown {
    if (this.counters === null) return nothing;
    const tiles = counterTiles(this.counters, this.withTasks);
    return html`<dl>
      ${tiles.map(
        (t) => html`<div class=${t.alarm ? 'alarm' : ''} data-counter=${t.key}><dt>${t.label}</dt><dd>${t.value}</dd></div>`,
      )}
    </dl>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'office-counters': OfficeCounters;
  }
}
