/** The presenter's keyboard: one table drives both the key handler and the help overlay. */
import { describe, expect, it } from 'vitest';
import { actionForKey, JUMP_MINUTES, KEY_BINDINGS } from '../../../src/ui/trainer/keys.js';

const press = (key: string, modifiers: Partial<{ shiftKey: boolean; ctrlKey: boolean; altKey: boolean; metaKey: boolean }> = {}) =>
  actionForKey({ key, shiftKey: false, ctrlKey: false, altKey: false, metaKey: false, ...modifiers });

describe('actionForKey', () => {
  it('plays and pauses with Space, steps with the arrows and jumps with Shift+arrows', () => {
    expect(press(' ')).toEqual({ command: 'toggle' });
    expect(press('ArrowRight')).toEqual({ command: 'step' });
    expect(press('ArrowLeft')).toEqual({ command: 'back' });
    expect(press('ArrowRight', { shiftKey: true })).toEqual({ seekBy: JUMP_MINUTES });
    expect(press('ArrowLeft', { shiftKey: true })).toEqual({ seekBy: -JUMP_MINUTES });
    expect(press('ArrowUp')).toEqual({ command: 'faster' });
    expect(press('ArrowDown')).toEqual({ command: 'slower' });
  });

  it('reads letters in either case and "?" typed with Shift', () => {
    expect(press('S')).toEqual({ command: 'summary' });
    expect(press('s')).toEqual({ command: 'summary' });
    expect(press('?', { shiftKey: true })).toEqual({ command: 'help' });
    expect(press('F', { shiftKey: true })).toEqual({ command: 'fullscreen' });
  });

  it("leaves the browser's own shortcuts and unknown keys alone", () => {
    expect(press('r', { ctrlKey: true })).toBeNull();
    expect(press('f', { metaKey: true })).toBeNull();
    expect(press('ArrowLeft', { altKey: true })).toBeNull();
    expect(press('x')).toBeNull();
    expect(press('Tab')).toBeNull();
  });

  it('gives every key of the table its action, and no key two actions', () => {
    const seen = new Set<string>();
    for (const binding of KEY_BINDINGS) {
      for (const key of binding.keys) {
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
        const shifted = key.startsWith('Shift+');
        expect(press(shifted ? key.slice(6) : key, { shiftKey: shifted })).toEqual(binding.action);
      }
      expect(binding.label).not.toBe('');
      expect(binding.description).not.toBe('');
    }
  });
});
