import { deepQuery, deepQueryAll, mount, settle } from '../dom.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatScenarioError } from '../../../src/sim/schema.js';
import '../../../src/ui/editor/scenario-editor.js';
import type { ScenarioEditor } from '../../../src/ui/editor/scenario-editor.js';
import { describePlace, tabOfPath } from '../../../src/ui/editor/scenario-editor.js';
import type { ScenarioEditEvent } from '../../../src/ui/events.js';
import { importScenario } from '../../../src/ui/io/scenario-io.js';
import { setIn } from '../../../src/sim/scenario-file/path.js';
import { validateDraft, type Draft } from '../../../src/ui/state/validation.js';
import { fieldMessage } from '../../../src/ui/editor/field-message.js';

function defaultDraft(): Draft {
  const result = importScenario(readFileSync(new URL('../../../scenarios/default.yaml', import.meta.url), 'utf8'), 'default.yaml');
  if (result.kind !== 'valid') throw new Error('default.yaml must be valid');
  return result.draft;
}

async function editor(draft: Draft): Promise<ScenarioEditor> {
  const el = document.createElement('scenario-editor') as ScenarioEditor;
  el.draft = draft;
  el.validation = validateDraft(draft, 'office.yaml');
  return mount(el);
}

function tab(el: ScenarioEditor, id: string): HTMLButtonElement {
  return el.shadowRoot!.querySelector<HTMLButtonElement>(`#tab-${id}`)!;
}

describe('<scenario-editor>', () => {
  it('shows no problems for a valid office', async () => {
    const el = await editor(defaultDraft());
    expect(el.shadowRoot!.querySelector('.problems')).toBeNull();
    expect(el.shadowRoot!.querySelectorAll('[role="tab"] .badge')).toHaveLength(0);
  });

  it('lists each problem with the CLI’s message and where it is, and counts them per tab', async () => {
    const draft = setIn(setIn(defaultDraft(), ['staff', 1, 'wagePerHour'], -5), ['calendar', 'open'], '25:00');
    const validation = validateDraft(draft, 'office.yaml');
    const el = await editor(draft);
    const items = [...el.shadowRoot!.querySelectorAll('.problems li')].map((li) => li.textContent!.trim().replace(/\s+/g, ' '));
    expect(items).toHaveLength(validation.errors.length);
    for (const e of validation.errors) {
      expect(formatScenarioError(e).endsWith(e.message)).toBe(true);
      expect(items).toContain(`${describePlace(e.path, draft)}: ${e.message}`);
    }
    expect(items.some((t) => t.startsWith('Staff › ben › wagePerHour: '))).toBe(true);
    expect(tab(el, 'staff').querySelector('.badge')!.textContent).toBe('1');
    expect(tab(el, 'office').querySelector('.badge')!.textContent).toBe('1');
  });

  it('marks the field of an error with the schema message', async () => {
    const draft = setIn(defaultDraft(), ['staff', 1, 'wagePerHour'], -5);
    const message = validateDraft(draft, 'office.yaml').errors.find((e) => e.path === 'staff[1].wagePerHour')!.message;
    const el = await editor(draft);
    tab(el, 'staff').click();
    await settle(el);
    const field = deepQuery(el, 'edit-field[data-path="staff[1].wagePerHour"]')!;
    expect([...field.shadowRoot!.querySelectorAll('.error')].map((p) => p.textContent)).toEqual([fieldMessage(message, 'wagePerHour')]);
    expect(field.shadowRoot!.querySelector('input')!.getAttribute('aria-invalid')).toBe('true');
    const other = deepQuery(el, 'edit-field[data-path="staff[0].wagePerHour"]')!;
    expect(other.shadowRoot!.querySelector('.error')).toBeNull();
  });

  it('takes the user to the field of a problem', async () => {
    const draft = setIn(defaultDraft(), ['staff', 1, 'wagePerHour'], -5);
    const el = await editor(draft);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.problems button')!.click();
    await settle(el);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(el.tab).toBe('staff');
    const details = deepQueryAll<HTMLDetailsElement>(el, 'details[data-path="staff[1]"]')[0]!;
    expect(details.hasAttribute('open')).toBe(true);
  });

  it('sends edits from its fields up with their paths', async () => {
    const el = await editor(defaultDraft());
    const edits: ScenarioEditEvent[] = [];
    el.addEventListener('scenario-edit', (e) => edits.push(e as ScenarioEditEvent));
    const field = deepQuery(el, 'edit-field[data-path="calendar.days"]')!;
    const input = field.shadowRoot!.querySelector('input')!;
    input.value = '20';
    input.dispatchEvent(new Event('change', { bubbles: true }));
    expect(edits.map((e) => [e.path, e.value])).toEqual([[['calendar', 'days'], 20]]);
  });

  it('files every part of the scenario under its tab', () => {
    expect(tabOfPath('customers[0].patience.mean')).toBe('counter');
    expect(tabOfPath('tasks[1].dueMinutes')).toBe('back');
    expect(tabOfPath('staff[2].skills.fulfilment')).toBe('skills');
    expect(tabOfPath('staff[2].shift.breaks[0].at')).toBe('staff');
    expect(tabOfPath('policy.frontMinimum')).toBe('rules');
    expect(tabOfPath('calendar.open')).toBe('office');
    expect(tabOfPath('')).toBe('office');
  });
});
