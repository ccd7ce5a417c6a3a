/** <replay-controls>: the clock and the presenter's buttons report what was asked. */
import { mount, settle } from '../dom.js';
import { describe, expect, it } from 'vitest';
import type { TrainerCommandEvent, TrainerSeekEvent, TrainerSpeedEvent } from '../../../src/ui/trainer/events.js';
import '../../../src/ui/trainer/replay-controls.js';
import type { ReplayControls } from '../../../src/ui/trainer/replay-controls.js';

async function controls(): Promise<{ el: ReplayControls; heard: (string | number)[] }> {
  const el = Object.assign(document.createElement('replay-controls'), {
    now: 12 * 60 + 34.6,
    start: 9 * 60,
    finish: 17 * 60 + 5,
    speeds: [1, 2, 5, 17],
    speedIndex: 2,
    moments: [{ at: 720, label: 'Lunch' }],
  }) as ReplayControls;
  const heard: (string | number)[] = [];
  el.addEventListener('trainer-command', (e) => heard.push((e as TrainerCommandEvent).command));
  el.addEventListener('trainer-seek', (e) => heard.push((e as TrainerSeekEvent).minute));
  el.addEventListener('trainer-speed', (e) => heard.push(`speed ${(e as TrainerSpeedEvent).index}`));
  await mount(el);
  return { el, heard };
}

const $ = <T extends Element>(el: ReplayControls, selector: string) => el.shadowRoot!.querySelector<T & HTMLElement>(selector)!;

describe('<replay-controls>', () => {
  it('shows the clock large and the speed', async () => {
    const { el } = await controls();
    expect($(el, '.clock').textContent).toBe('12:35');
    expect($(el, '.speed output').textContent).toBe('5 min/s');
  });

  it('reports play, step, back and restart', async () => {
    const { el, heard } = await controls();
    for (const name of ['play', 'step', 'back', 'restart']) $(el, `button.${name}`).click();
    expect(heard).toEqual(['toggle', 'step', 'back', 'restart']);
  });

  it('asks for a faster or slower speed, and stops at the ends', async () => {
    const { el, heard } = await controls();
    $(el, 'button.faster').click();
    $(el, 'button.slower').click();
    expect(heard).toEqual(['speed 3', 'speed 1']);
    el.speedIndex = 3;
    await settle(el);
    expect($<HTMLButtonElement>(el, 'button.faster').disabled).toBe(true);
  });

  it('jumps to a typed clock time and refuses one that is not', async () => {
    const { el, heard } = await controls();
    const input = $<HTMLInputElement>(el, '.jump input');
    const form = $<HTMLFormElement>(el, 'form.jump');
    input.value = '13:05';
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    input.value = 'lunch';
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle(el);
    expect(heard).toEqual([785]);
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });

  it("offers the lesson's moments", async () => {
    const { el, heard } = await controls();
    const select = $<HTMLSelectElement>(el, 'select.moments');
    expect([...select.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['Moments…', '12:00 Lunch']);
    select.value = '720';
    select.dispatchEvent(new Event('change'));
    expect(heard).toEqual([720]);
  });
});
