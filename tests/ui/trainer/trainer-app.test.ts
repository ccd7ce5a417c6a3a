/**
 * <trainer-app>: a lesson opened, stepped, jumped and played to its end, with the many days run by
 * an in-process stand-in for the simulation workers; the keyboard; the trainer's own files.
 */
import { mount, settle } from '../dom.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runReplication } from '../../../src/sim/office/index.js';
import { LessonChoiceEvent } from '../../../src/ui/trainer/events.js';
import { loadLesson, prepareVariants } from '../../../src/ui/trainer/lesson-load.js';
import { findLesson } from '../../../src/ui/trainer/lessons.js';
import { OfficeReplay } from '../../../src/ui/trainer/replay.js';
import '../../../src/ui/trainer/trainer-app.js';
import { DAY_OPTIONS, type DayRunner, type ManyDaysRunner, type TrainerApp } from '../../../src/ui/trainer/trainer-app.js';
import { busyOfficeFile } from './fixtures.js';

/** The simulation workers' job, done in this process. */
const inProcess: ManyDaysRunner = async (scenario, replications, _signal, onResult) =>
  replications.map((r) => {
    const result = JSON.parse(JSON.stringify(runReplication(scenario, r)));
    onResult();
    return result;
  });

/** The day worker's job, done in this process with the same options. */
const dayInProcess: DayRunner = async (scenario, day) => JSON.parse(JSON.stringify(runReplication(scenario, day, DAY_OPTIONS)));

async function app(runDay: DayRunner = dayInProcess): Promise<TrainerApp> {
  const el = document.createElement('trainer-app') as TrainerApp;
  el.runMany = inProcess;
  el.runDay = runDay;
  el.prepare = async (files) => prepareVariants(files);
  return mount(el);
}

/** Lets the (in-process) day and file work finish, then every element render. */
async function settled(el: TrainerApp): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await settle(el);
}

const $ = (el: TrainerApp, selector: string) => el.shadowRoot!.querySelector(selector);
const controls = (el: TrainerApp) => el.shadowRoot!.querySelector('replay-controls')!;
const clock = (el: TrainerApp) => $(el, 'replay-controls')!.shadowRoot!.querySelector('.clock')!.textContent;
const served = (el: TrainerApp, v: number) => $(el, `section.office[data-office="${v}"] office-counters`)!.shadowRoot!.querySelector('[data-counter="served"] dd')!.textContent;
/** A key press as the window hears it (linkedom has no KeyboardEvent: an Event with its fields). */
const key = (k: string, shiftKey = false) =>
  window.dispatchEvent(Object.assign(new Event('keydown', { bubbles: true, cancelable: true }), { key: k, shiftKey, ctrlKey: false, altKey: false, metaKey: false }));

describe('<trainer-app>', () => {
  it('starts on the lesson list and opens a lesson from it', async () => {
    const el = await app();
    expect(el.view).toBe('lessons');
    const picker = $(el, 'lesson-picker')!;
    expect(picker.shadowRoot!.querySelectorAll('li[data-lesson]').length).toBe(5);
    picker.dispatchEvent(new LessonChoiceEvent({ id: 'sick-day' }));
    await settled(el);
    expect(el.view).toBe('replay');
    expect($(el, 'h1')!.textContent).toBe('A sick day');
    expect(el.shadowRoot!.querySelectorAll('section.office').length).toBe(2);
    el.remove();
  });

  it('steps event by event, jumps, and ends the day where the engine does', async () => {
    const el = await app();
    const lesson = loadLesson(findLesson('lunch')!);
    el.open(lesson, 0);
    await settled(el);
    expect(clock(el)).toBe('09:00');
    const replays = lesson.variants.map((v) => new OfficeReplay(v.scenario, runReplication(v.scenario, 0, { trace: true }).trace!));
    const next = Math.min(...replays.map((r) => r.nextEventTime()));
    el.command('step');
    await settled(el);
    expect(el.shadowRoot!.querySelector('replay-controls')!.now).toBe(next);

    el.seek(12 * 60 + 36);
    await settled(el);
    expect(clock(el)).toBe('12:36');

    el.command('end');
    await settled(el);
    const day = lesson.variants.map((v) => runReplication(v.scenario, 0));
    expect([served(el, 0), served(el, 1)]).toEqual(day.map((r) => String(r.metrics['front.served'])));
    expect($(el, 'button.summary')!.getAttribute('class')).toContain('attention');

    el.command('summary');
    await settled(el);
    const slide = $(el, 'summary-slide')!;
    expect(slide.shadowRoot!.querySelectorAll('.headlines li').length).toBe(1);
    el.command('close');
    await settled(el);
    expect($(el, 'summary-slide')).toBeNull();
    el.remove();
  });

  it('answers the keyboard: Space plays to the end, arrows step and jump, N shows another day', async () => {
    const el = await app();
    el.open(loadLesson(findLesson('lunch')!), 0);
    await settled(el);
    key('ArrowRight', true);
    await settled(el);
    expect(clock(el)).toBe('09:15');
    key('ArrowLeft');
    await settled(el);
    expect(clock(el) < '09:15').toBe(true);
    for (let i = 0; i < 6; i++) key('ArrowUp');
    key(' ');
    await settled(el);
    expect(controls(el).playing).toBe(true);
    key(' ');
    await settled(el);
    expect(controls(el).playing).toBe(false);
    key('n');
    await settled(el);
    expect($(el, '.day')!.textContent).toContain('Day 2 of 40');
    key('?');
    await settled(el);
    expect($(el, '.sheet.help')).not.toBeNull();
    key('Escape');
    await settled(el);
    expect($(el, '.sheet.help')).toBeNull();
    el.remove();
  });

  it("replays the trainer's own files, or lists why it cannot", async () => {
    const el = await app();
    const picker = $(el, 'lesson-picker')!;
    picker.dispatchEvent(new LessonChoiceEvent({ files: [{ name: 'a.yaml', text: 'version: 1\n' }, { name: 'b.yaml', text: 'nope: [' }] }));
    await settled(el);
    expect(picker.shadowRoot!.querySelectorAll('.errors li').length).toBeGreaterThan(1);
    const files = (['without', 'with'] as const).map((v) => ({ name: `busy-${v}.yaml`, text: readFileSync(busyOfficeFile(v), 'utf8') }));
    picker.dispatchEvent(new LessonChoiceEvent({ files }));
    await settled(el);
    expect($(el, 'h1')!.textContent).toBe('Dedicated vs Cross-trained');
    expect(el.shadowRoot!.querySelectorAll('section.office [data-person]').length).toBe(0); // tokens live in the stages' shadow roots
    const stage = $(el, 'section.office[data-office="1"] office-stage')!;
    expect(stage.shadowRoot!.querySelectorAll('[data-person]').length).toBe(30);
    el.remove();
  });

  it('shows why a day cannot be replayed when its simulation reaches the event budget, and stops there', async () => {
    let simulated = 0;
    const el = await app(async (scenario, day) => {
      try {
        return runReplication(scenario, day, { ...DAY_OPTIONS, maxEvents: 100 });
      } finally {
        simulated++;
      }
    });
    el.open(loadLesson(findLesson('lunch')!), 0);
    await settled(el);
    expect(simulated).toBe(2);
    expect($(el, 'p.error')!.textContent).toMatch(/: this day has more than 1,000,000 events, too many to replay; the simulation stopped there\.$/);
    expect(el.shadowRoot!.querySelectorAll('section.office').length).toBe(0);
    el.remove();
  });
});
