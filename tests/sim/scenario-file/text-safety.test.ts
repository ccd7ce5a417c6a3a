import { describe, expect, it } from 'vitest';
import { escapeControls, FSI, isolateBidi, nameProblem, PDI, quoteText } from '../../../src/sim/scenario-file/text-safety.js';

describe('names on screens', () => {
  it('refuses __proto__, control characters and bidi formatting characters, and nothing else', () => {
    expect(nameProblem('__proto__')).toMatch(/^must not be "__proto__"/);
    expect(nameProblem('\u001b]0;pwned\u0007')).toBe('must not contain control characters (found U+001B)');
    expect(nameProblem('ok\u0085')).toBe('must not contain control characters (found U+0085)');
    expect(nameProblem('x\u202ey')).toBe('must not contain bidirectional formatting characters (found U+202E)');
    for (const fine of ['constructor', 'toString', 'hasOwnProperty', 'סיוע', 'خدمة', 'Zoë', 'front desk']) expect(nameProblem(fine)).toBeNull();
  });

  it('escapes what a terminal would obey, keeps everything else', () => {
    expect(escapeControls('a\u001b[2Jb\u202ec')).toBe('a\\u{1b}[2Jb\\u{202e}c');
    expect(quoteText('\u009b31m')).toBe('"\\u{9b}31m"');
    expect(escapeControls('ana#1: 3.5 min, ✓')).toBe('ana#1: 3.5 min, ✓');
  });

  it('isolates right-to-left text only', () => {
    expect(isolateBidi('customer.خدمة.waitMean')).toBe(`${FSI}customer.خدمة.waitMean${PDI}`);
    expect(isolateBidi('customer.sale.waitMean')).toBe('customer.sale.waitMean');
  });
});
