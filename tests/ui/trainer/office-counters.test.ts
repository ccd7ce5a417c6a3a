/** <office-counters>: the running numbers under an office. */
import { mount, settle } from '../dom.js';
import { describe, expect, it } from 'vitest';
import '../../../src/ui/trainer/office-counters.js';
import { counterTiles, type OfficeCounters } from '../../../src/ui/trainer/office-counters.js';
import type { ReplayCounters } from '../../../src/ui/trainer/replay.js';

const counters: ReplayCounters = {
  arrived: 120,
  served: 98,
  waiting: 4,
  inService: 2,
  abandoned: 12,
  balked: 3,
  turnedAway: 1,
  walkedOut: 16,
  tasksArrived: 40,
  tasksDone: 31,
  tasksOpen: 9,
  revenue: 12345.6,
  gapMinutes: 14.6,
};

describe('<office-counters>', () => {
  it('shows served, waiting now, gave up, coverage gap and revenue, large', async () => {
    const el = (await mount(Object.assign(document.createElement('office-counters'), { counters }))) as OfficeCounters;
    const tiles = [...el.shadowRoot!.querySelectorAll('[data-counter]')].map((t) => [t.querySelector('dt')!.textContent, t.querySelector('dd')!.textContent]);
    expect(tiles).toEqual([
      ['Served', '98'],
      ['Waiting now', '4'],
      ['Gave up', '16'],
      ['Coverage gap', '15 min'],
      ['Revenue', '12,346'],
    ]);
  });

  it('adds the back office when asked, and marks bad news', async () => {
    const el = (await mount(Object.assign(document.createElement('office-counters'), { counters, withTasks: true }))) as OfficeCounters;
    expect(el.shadowRoot!.querySelector('[data-counter="tasks-open"] dd')!.textContent).toBe('9');
    expect([...el.shadowRoot!.querySelectorAll('.alarm')].map((t) => t.getAttribute('data-counter'))).toEqual(['gave-up', 'gap']);
    el.counters = { ...counters, walkedOut: 0, gapMinutes: 0.2 };
    await settle(el);
    expect(el.shadowRoot!.querySelectorAll('.alarm').length).toBe(0);
  });

  it('counts everyone who left unserved as having given up', () => {
    expect(counterTiles(counters, false).find((t) => t.key === 'gave-up')!.value).toBe('16');
  });
});
