import { mount, settle } from '../dom.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import '../../../src/ui/editor/skills-matrix.js';
import type { SkillsMatrix } from '../../../src/ui/editor/skills-matrix.js';
import { NEW_SKILL_PROFICIENCY } from '../../../src/ui/editor/skills-matrix.js';
import { ErrorIndex } from '../../../src/ui/editor/error-index.js';
import type { ScenarioEditEvent } from '../../../src/ui/events.js';
import { importScenario } from '../../../src/ui/io/scenario-io.js';
import { setIn } from '../../../src/sim/scenario-file/path.js';
import { validateDraft, type Draft } from '../../../src/ui/state/validation.js';

function defaultDraft(): Draft {
  const result = importScenario(readFileSync(new URL('../../../scenarios/default.yaml', import.meta.url), 'utf8'), 'default.yaml');
  if (result.kind !== 'valid') throw new Error('default.yaml must be valid');
  return result.draft;
}

async function matrix(draft: Draft, errors = ErrorIndex.empty): Promise<{ el: SkillsMatrix; edits: ScenarioEditEvent[] }> {
  const el = document.createElement('skills-matrix') as SkillsMatrix;
  el.draft = draft;
  el.errors = errors;
  const edits: ScenarioEditEvent[] = [];
  el.addEventListener('scenario-edit', (e) => edits.push(e as ScenarioEditEvent));
  await mount(el);
  return { el, edits };
}

const rows = (el: SkillsMatrix) => [...el.shadowRoot!.querySelectorAll('tbody tr')];
const button = (el: SkillsMatrix, label: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`);
const input = (el: SkillsMatrix, label: string) => el.shadowRoot!.querySelector<HTMLInputElement>(`input[aria-label="${label}"]`);

describe('<skills-matrix>', () => {
  it('shows a row per person and a column per skill, counter skills first', async () => {
    const { el } = await matrix(defaultDraft());
    const headers = [...el.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.replace(th.querySelector('.area')?.textContent ?? '', '').trim());
    const areas = [...el.shadowRoot!.querySelectorAll('thead th .area')].map((span) => span.textContent);
    expect(areas).toEqual(['counter', 'back office', 'back office']);
    expect(headers).toEqual(['Person', 'front', 'fulfilment', 'casework']);
    expect(rows(el).map((r) => r.querySelector('th')!.textContent!.trim())).toEqual(['ana', 'ben', 'cleo', 'dan', 'eve', 'finn']);
  });

  it('shows held skills with their proficiency and untrained ones as a button to cross-train', async () => {
    const { el } = await matrix(defaultDraft());
    expect(input(el, 'ana: proficiency in fulfilment')!.value).toBe('0.6');
    expect(input(el, 'dan: proficiency in front')!.value).toBe('0.7');
    expect(button(el, 'Cross-train ben in fulfilment')).not.toBeNull();
    expect(input(el, 'ben: proficiency in fulfilment')).toBeNull();
  });

  it('marks the home skill, which cannot be untrained', async () => {
    const { el } = await matrix(defaultDraft());
    expect(input(el, 'ben: proficiency in front (home skill)')!.value).toBe('1');
    expect(button(el, 'Untrain ben in front')).toBeNull();
    expect(button(el, 'Untrain ana in fulfilment')).not.toBeNull();
  });

  it('cross-trains a person with a click, at a learner proficiency', async () => {
    const { el, edits } = await matrix(defaultDraft());
    button(el, 'Cross-train ben in fulfilment')!.click();
    expect(edits.map((e) => [e.path, e.value])).toEqual([[['staff', 1, 'skills', 'fulfilment'], NEW_SKILL_PROFICIENCY]]);
  });

  it('untrains a skill and edits a proficiency', async () => {
    const { el, edits } = await matrix(defaultDraft());
    button(el, 'Untrain ana in fulfilment')!.click();
    const field = input(el, 'dan: proficiency in front')!;
    field.value = '0.85';
    field.dispatchEvent(new Event('change'));
    expect(edits.map((e) => [e.path, e.value])).toEqual([
      [['staff', 0, 'skills', 'fulfilment'], undefined],
      [['staff', 3, 'skills', 'front'], 0.85],
    ]);
  });

  it('shows the new skill after the edit is applied to the draft', async () => {
    const draft = defaultDraft();
    const { el, edits } = await matrix(draft);
    button(el, 'Cross-train ben in fulfilment')!.click();
    el.draft = setIn(draft, edits[0]!.path, edits[0]!.value);
    await settle(el);
    expect(input(el, 'ben: proficiency in fulfilment')!.value).toBe(String(NEW_SKILL_PROFICIENCY));
    const holders = [...el.shadowRoot!.querySelectorAll('tfoot td')].map((td) => td.textContent);
    expect(holders).toEqual(['People holding it', '4', '5', '1']);
  });

  it('marks a cell the schema rejects and lists its message', async () => {
    const draft = setIn(defaultDraft(), ['staff', 0, 'skills', 'fulfilment'], 1.5);
    const validation = validateDraft(draft, 'default.yaml');
    expect(validation.ok).toBe(false);
    const { el } = await matrix(draft, new ErrorIndex(validation.errors));
    const cell = el.shadowRoot!.querySelector('td[data-path="staff[0].skills.fulfilment"]')!;
    const message = validation.errors.find((e) => e.path === 'staff[0].skills.fulfilment')!.message;
    expect(cell.classList.contains('invalid')).toBe(true);
    expect(cell.getAttribute('title')).toBe(message);
    expect(el.shadowRoot!.querySelector('.errors')!.textContent).toContain(message);
  });

  it('shows a curve icon with start and target on skills that grow, and says the curve in words', async () => {
    const draft = structuredClone(defaultDraft()) as Draft & { learning?: unknown };
    draft.learning = { timeConstantHours: 30 };
    const staff = draft.staff as { name: string; learning?: unknown }[];
    const dan = staff.find((p) => p.name === 'dan')!;
    dan.learning = { front: { forgetting: { halfLifeDays: 20, floor: 0.5 } } };
    const ana = staff.find((p) => p.name === 'ana')!;
    ana.learning = { fulfilment: 'fixed' };
    const { el } = await matrix(draft);
    const curveOf = (label: string) => input(el, label)!.closest('td')!.querySelector('.curve');
    // dan's 0.7 at the counter grows to 1 (office-wide) and fades (his own entry).
    expect(curveOf('dan: proficiency in front')!.textContent!.replace(/\s+/g, ' ').trim()).toBe('0.7 → 1');
    const tip = input(el, 'dan: proficiency in front')!.closest('td')!.getAttribute('title')!;
    expect(tip).toContain('dan grows in front from 0.7 towards 1 with practice (the gap shrinks by a factor e every 30 hours serving it)');
    expect(tip).toContain('fades towards 0.5 (half the way every 20 days)');
    // "fixed" and experts at the target show none.
    expect(curveOf('ana: proficiency in fulfilment')).toBeNull();
    expect(curveOf('ben: proficiency in front (home skill)')).toBeNull();
    expect(el.shadowRoot!.querySelector('.legend')!.textContent).toContain('Grows with practice');
  });

  it('shows no curve and no legend entry without learning', async () => {
    const { el } = await matrix(defaultDraft());
    expect(el.shadowRoot!.querySelectorAll('.curve')).toHaveLength(0);
    expect(el.shadowRoot!.querySelector('.legend')!.textContent).not.toContain('Grows with practice');
  });
});
