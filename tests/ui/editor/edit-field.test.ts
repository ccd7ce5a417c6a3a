import { deepQuery, mount } from '../dom.js';
import { describe, expect, it } from 'vitest';
import '../../../src/ui/editor/edit-field.js';
import type { EditField } from '../../../src/ui/editor/edit-field.js';
import { ErrorIndex } from '../../../src/ui/editor/error-index.js';
import { ScenarioEditEvent } from '../../../src/ui/events.js';
import { fieldMessage } from '../../../src/ui/editor/field-message.js';

async function field(props: Partial<EditField>): Promise<EditField> {
  const el = document.createElement('edit-field') as EditField;
  Object.assign(el, props);
  return mount(el);
}

function commit(el: EditField, text: string): ScenarioEditEvent | null {
  let event: ScenarioEditEvent | null = null;
  el.addEventListener('scenario-edit', (e) => (event = e as ScenarioEditEvent));
  const input = deepQuery<HTMLInputElement>(el, 'input, select')!;
  input.value = text;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return event;
}

describe('<edit-field>', () => {
  it('labels its input and shows the value at its path', async () => {
    const el = await field({ label: 'Wage per hour', path: ['staff', 0, 'wagePerHour'], value: 26 });
    const label = deepQuery<HTMLLabelElement>(el, 'label')!;
    const input = deepQuery<HTMLInputElement>(el, 'input')!;
    expect(label.textContent).toBe('Wage per hour');
    expect(label.getAttribute('for')).toBe(input.id);
    expect(input.value).toBe('26');
    expect(el.getAttribute('data-path')).toBe('staff[0].wagePerHour');
  });

  it('sends the typed number with its path when the change is committed', async () => {
    const el = await field({ label: 'Wage', path: ['staff', 0, 'wagePerHour'], value: 26 });
    const event = commit(el, '28.5');
    expect(event).not.toBeNull();
    expect(event!.path).toEqual(['staff', 0, 'wagePerHour']);
    expect(event!.value).toBe(28.5);
  });

  it('sends undefined when a number is cleared, so the key is left out', async () => {
    const el = await field({ label: 'Balk at', path: ['customers', 0, 'balkAt'], value: 6, kind: 'integer' });
    expect(commit(el, '')!.value).toBeUndefined();
  });

  it('shows a fraction as a percentage and stores what is typed as a fraction', async () => {
    const el = await field({ label: 'Sick rate', path: ['absences', 'sickProbabilityPerDay'], value: 0.07, kind: 'percent' });
    expect(deepQuery<HTMLInputElement>(el, 'input')!.value).toBe('7');
    expect(commit(el, '4')!.value).toBe(0.04);
  });

  it('keeps what is being typed when it renders again before the edit is committed, then shows the draft again', async () => {
    const el = await field({ label: 'Wage', path: ['staff', 1, 'wagePerHour'], value: -5 });
    const input = deepQuery<HTMLInputElement>(el, 'input')!;
    input.value = '24';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    // A render for another reason (new errors, a run's progress) while the user types.
    el.errors = new ErrorIndex([{ file: 'office.yaml', line: null, column: null, path: 'staff[1].wagePerHour', message: 'wagePerHour must be >= 0, got -5' }]);
    await el.updateComplete;
    expect(input.value).toBe('24');
    expect(commit(el, input.value)!.value).toBe(24);
    // Committed: the field follows the draft again (here the parent never applied it).
    el.value = 30;
    await el.updateComplete;
    expect(input.value).toBe('30');
  });

  it('sends text and clock times as typed', async () => {
    const el = await field({ label: 'Opens at', path: ['calendar', 'open'], value: '09:00', kind: 'clock' });
    expect(commit(el, '08:30')!.value).toBe('08:30');
  });

  it('shows the schema message for its path and marks the input invalid', async () => {
    const errors = new ErrorIndex([
      { file: 'office.yaml', line: null, column: null, path: 'staff[0].wagePerHour', message: 'wagePerHour must be >= 0, got -3' },
      { file: 'office.yaml', line: null, column: null, path: 'staff[1].wagePerHour', message: 'not this one' },
    ]);
    const el = await field({ label: 'Wage', path: ['staff', 0, 'wagePerHour'], value: -3, errors });
    const input = deepQuery<HTMLInputElement>(el, 'input')!;
    const messages = [...el.shadowRoot!.querySelectorAll('.error')].map((p) => p.textContent);
    // Under the field, in its words (the problem list keeps the CLI's message).
    expect(messages).toEqual([fieldMessage('wagePerHour must be >= 0, got -3', 'wagePerHour')]);
    expect(messages).toEqual(['Must be at least 0, got -3']);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain(el.shadowRoot!.querySelector('.error')!.id);
  });

  it('offers the options of a select and sends the chosen one', async () => {
    const el = await field({
      label: 'Home area',
      path: ['staff', 0, 'area'],
      value: 'front',
      kind: 'select',
      options: [
        { value: '', label: 'Automatic' },
        { value: 'front', label: 'Front office' },
        { value: 'back', label: 'Back office' },
      ],
    });
    const options = [...el.shadowRoot!.querySelectorAll('option')].map((o) => o.textContent);
    expect(options).toEqual(['Automatic', 'Front office', 'Back office']);
    expect(commit(el, 'back')!.value).toBe('back');
    expect(commit(el, '')!.value).toBeUndefined();
  });
});
