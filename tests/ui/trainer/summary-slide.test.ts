/** <summary-slide>: the lesson's closing numbers, while the many days run and once they are in. */
import { mount, settle } from '../dom.js';
import { describe, expect, it } from 'vitest';
import { runReplication } from '../../../src/sim/office/index.js';
import { loadLesson } from '../../../src/ui/trainer/lesson-load.js';
import { findLesson } from '../../../src/ui/trainer/lessons.js';
import { manyDaysRows, measuresFor } from '../../../src/ui/trainer/summary-data.js';
import '../../../src/ui/trainer/summary-slide.js';
import type { SummarySlide } from '../../../src/ui/trainer/summary-slide.js';

const lesson = loadLesson(findLesson('flexibility')!);
const measures = measuresFor(false);
const day = lesson.variants.map((v) => runReplication(v.scenario, 0));
const dayRows = measures.map((measure) => ({ measure, values: day.map((r) => measure.value(r.metrics)) }));
const many = lesson.variants.map((v) => Array.from({ length: 8 }, (_, r) => runReplication(v.scenario, r)));

async function slide(): Promise<SummarySlide> {
  return (await mount(
    Object.assign(document.createElement('summary-slide'), {
      heading: lesson.title,
      labels: lesson.variants.map((v) => v.label),
      day: 1,
      dayRows,
      many: { state: 'running', done: 5, total: 24 },
    }),
  )) as SummarySlide;
}

describe('<summary-slide>', () => {
  it("shows the day's numbers at once and the progress of the many days", async () => {
    const el = await slide();
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).toContain('5 of 24');
    const profit = [...el.shadowRoot!.querySelectorAll('td.value[data-measure="profit"] .day')].map((d) => d.textContent);
    expect(profit).toEqual(day.map((r) => Math.round(r.metrics['profit']!).toLocaleString('en-US')));
  });

  it('then the averages, the differences with their intervals, and a sentence per office', async () => {
    const el = await slide();
    el.many = { state: 'done', days: 8, rows: manyDaysRows(many, measures) };
    await settle(el);
    const headlines = [...el.shadowRoot!.querySelectorAll('.headlines li')].map((li) => li.textContent!.trim());
    expect(headlines[0]).toMatch(/^A chain of skills: [\d,]+ more profit per day than Dedicated desks on average over 8 simulated days/);
    expect(headlines[1]).toMatch(/^Everyone does everything: /);
    expect(headlines[2]).toMatch(/^A chain of skills gets \d+% of the extra profit of Everyone does everything for 20% of its training cost\.$/);
    expect(el.shadowRoot!.querySelectorAll('td.difference .diff').length).toBeGreaterThan(0);
    // Coverage gaps are zero everywhere in this lesson: the row says nothing and is left out.
    expect(el.shadowRoot!.querySelector('td[data-measure="gap"]')).toBeNull();
  });

  it('says so when the many days cannot be simulated', async () => {
    const el = await slide();
    el.many = { state: 'error', message: 'a simulation worker failed' };
    await settle(el);
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).toContain('a simulation worker failed');
  });
});
