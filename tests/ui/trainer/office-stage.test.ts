/** <office-stage>: the office drawn at a moment of the replay, from the replay's state. */
import { mount, settle } from '../dom.js';
import { describe, expect, it } from 'vitest';
import { runReplication } from '../../../src/sim/office/index.js';
import { loadLesson } from '../../../src/ui/trainer/lesson-load.js';
import { findLesson } from '../../../src/ui/trainer/lessons.js';
import { MAX_SHEETS, stageLayout } from '../../../src/ui/trainer/layout.js';
import '../../../src/ui/trainer/office-stage.js';
import { WALK_MINUTES, type OfficeStage } from '../../../src/ui/trainer/office-stage.js';
import { OfficeReplay } from '../../../src/ui/trainer/replay.js';

function replay(lessonId: string, office: number): OfficeReplay {
  const scenario = loadLesson(findLesson(lessonId)!).variants[office]!.scenario;
  return new OfficeReplay(scenario, runReplication(scenario, 0, { trace: true }).trace!);
}

async function stageAt(r: OfficeReplay, minute: number): Promise<OfficeStage> {
  r.seek(minute);
  const el = document.createElement('office-stage') as OfficeStage;
  el.replay = r;
  el.now = r.now;
  el.label = 'Test office';
  return mount(el);
}

const $$ = (el: OfficeStage, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];

/** A minute when both clerks of the lunch lesson's first office are at lunch. */
function bothAtLunch(r: OfficeReplay): number {
  for (let t = 720; t < 800; t += 0.5) {
    r.seek(t);
    if (r.status(0) === 'break' && r.status(1) === 'break') return t;
  }
  throw new Error('the clerks never lunch together');
}

describe('<office-stage>', () => {
  it('draws every person as a named token with what they are doing', async () => {
    const r = replay('lunch', 1);
    const el = await stageAt(r, 756);
    const tokens = $$(el, '.token');
    expect(tokens.map((t) => t.getAttribute('data-person'))).toEqual(['Ana', 'Ben', 'Cara', 'Dev']);
    expect(tokens.map((t) => t.getAttribute('data-status'))).toEqual([0, 1, 2, 3].map((p) => r.status(p)));
    for (const token of tokens) expect(token.querySelector('.name')!.textContent).toBe(token.getAttribute('data-person'));
    const cara = tokens[2]!;
    expect(r.area(2)).toBe('front');
    expect(cara.getAttribute('class')).toContain('covering');
    expect(cara.querySelector('.status')!.textContent).toBe('covering');
  });

  it('fades people on break and warns where nobody present can serve', async () => {
    const r = replay('lunch', 0);
    const el = await stageAt(r, bothAtLunch(r));
    const ana = el.shadowRoot!.querySelector('[data-person="Ana"]')!;
    expect(ana.getAttribute('class')).toContain('faded');
    expect(ana.querySelector('.status')!.textContent).toBe('on break');
    expect($$(el, '.lane .gap-warning').length).toBe(2);
  });

  it('shows each queue as dots and each pile as sheets with its count', async () => {
    const r = replay('sick-day', 0);
    const el = await stageAt(r, 900);
    const lanes = $$(el, '.lane');
    const { counter } = stageLayout(r.scenario, r.visitsFront, r.visitsBack);
    lanes.forEach((lane, c) => {
      const waiting = r.queues[c]!.length;
      const max = counter!.lanes[c]!.maxDots;
      expect(lane.querySelectorAll('.dot').length).toBe(waiting > max ? max - 1 : waiting);
    });
    const piles = $$(el, '.pile');
    expect(piles.map((p) => p.getAttribute('data-task'))).toEqual(['claims', 'payments']);
    piles.forEach((pile, j) => {
      expect(pile.querySelector('.pile-count')!.textContent).toBe(String(r.piles[j]));
      expect(pile.querySelectorAll('.sheet').length).toBe(Math.min(r.piles[j]!, MAX_SHEETS));
    });
    expect(r.piles[0]).toBeGreaterThan(MAX_SHEETS);
    expect(piles[0]!.querySelector('.gap-warning')!.textContent).toBe('nobody here for it');
  });

  it('walks customers who give up to the door, where they are counted', async () => {
    const r = replay('lunch', 0);
    r.seek(r.finish);
    const t = r.walkoutT[0]!;
    const el = await stageAt(r, t + WALK_MINUTES / 2);
    expect($$(el, '.walker').length).toBeGreaterThanOrEqual(1);
    expect(el.shadowRoot!.querySelector('.door-count')!.textContent).toBe(String(r.counters().walkedOut));
    r.seek(t + WALK_MINUTES + 30);
    el.now = r.now;
    await settle(el);
    const recent = Array.from(r.walkoutT.subarray(0, r.walkouts)).filter((w) => w > r.now - WALK_MINUTES).length;
    expect($$(el, '.walker').length).toBe(recent);
  });

  it('makes the room for seats it is given, so offices side by side share one scale', async () => {
    const r = replay('lunch', 0);
    const el = await stageAt(r, 600);
    const before = el.shadowRoot!.querySelector('svg')!.getAttribute('viewBox')!;
    el.room = { front: 12, back: 12 };
    await settle(el);
    const after = el.shadowRoot!.querySelector('svg')!.getAttribute('viewBox')!;
    expect(Number(after.split(' ')[3])).toBeGreaterThan(Number(before.split(' ')[3]));
  });
});
