import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/sim/schema.js';

const office = (currency: string) => `${currency}
customers: [{ name: sale, arrivals: { perHour: 5 }, service: 4 }]
staff: [{ name: ana, home: front }]
`;

function parse(currency: string) {
  return parseScenario(office(currency), 'office.yaml');
}

describe('the optional currency', () => {
  it('takes an ISO code or a symbol', () => {
    for (const c of ['EUR', 'USD', '€', '£', 'kr', 'CHF']) {
      const r = parse(`currency: "${c}"`);
      expect(r.ok && r.scenario.currency, c).toBe(c);
    }
  });

  it('is absent from the scenario when the file names none, so existing scenario hashes do not change', () => {
    const r = parse('');
    expect(r.ok).toBe(true);
    if (r.ok) expect('currency' in r.scenario).toBe(false);
  });

  it('refuses amounts, spaces and empty text with the path and what is allowed', () => {
    for (const bad of ['"12"', '"E R"', '""', '"-€"', '"ABCDEFGHI"']) {
      const r = parse(`currency: ${bad}`);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.errors[0]!.path).toBe('currency');
    }
    const r = parse('currency: "12"');
    if (!r.ok) expect(r.errors[0]!.message).toMatch(/currency code or symbol/);
  });
});
