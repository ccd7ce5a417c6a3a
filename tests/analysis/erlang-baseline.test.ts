import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { averageRatePerHour, brokenAssumptions, erlangBaseline } from '../../src/analysis/erlang-baseline.js';
import { erlangA, mmc } from '../../src/analysis/erlang.js';
import { parseScenario } from '../../src/sim/schema.js';
import type { Scenario } from '../../src/sim/scenario.js';

function scenarioFrom(text: string, file = 'test.yaml'): Scenario {
  const parsed = parseScenario(text, file);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('; '));
  return parsed.scenario;
}

const fromFile = (file: string): Scenario => scenarioFrom(readFileSync(file, 'utf8'), file);

/** An office that meets every assumption of Erlang C/A except the ones a test adds. */
const steady = (extra = ''): string => `
version: 1
calendar: { open: "00:00", close: "24:00" }
customers:
  - name: walk-in
    arrivals: { perHour: 24 }
    service: { dist: exponential, mean: 6 }
${extra}
staff:
  - { name: desk, count: 3, home: front }
`;

describe('averageRatePerHour', () => {
  it('is the constant rate itself, or the mean of full hours', () => {
    expect(averageRatePerHour([12], 480)).toBe(12);
    expect(averageRatePerHour([8, 10, 14, 18], 240)).toBe(12.5);
  });

  it('weights a last, started hour by the minutes it is open', () => {
    // 09:00-11:30: 60 min at 10, 60 at 20, 30 at 40 -> (600 + 1200 + 1200) / 150.
    expect(averageRatePerHour([10, 20, 40], 150)).toBe(20);
  });
});

describe('erlangBaseline', () => {
  it('takes the average rate over the open hours of the run when days follow the week', () => {
    // Monday to Friday 24/h for 24 hours, Saturday 12/h for 12 hours, Sunday closed:
    // (5 x 24 x 24 + 12 x 12) / (5 x 24 + 12) = 3024 / 132 per hour.
    const s = scenarioFrom(
      steady().replace('calendar: { open: "00:00", close: "24:00" }', 'calendar: { days: 7, open: "00:00", close: "24:00", firstWeekday: mon, weekdays: { sat: { open: "00:00", close: "12:00" }, sun: closed } }')
        .replace('arrivals: { perHour: 24 }', 'arrivals: { perHour: 24, weekdays: { sat: { factor: 0.5 } } }'),
    );
    const { rows } = erlangBaseline(s);
    expect(rows[0]!.arrivalsPerHour).toBeCloseTo(3024 / 132, 12);
    expect(brokenAssumptions(s).join(' ')).toContain('Days that differ');
  });

  it('is Erlang C at the class rate with the counter staff it has (the flexibility baseline: 70.2%, 21.07 min)', () => {
    const { rows, notes } = erlangBaseline(fromFile('scenarios/flex-dedicated.yaml'));
    expect(rows).toHaveLength(6);
    const [row] = rows;
    expect(row).toMatchObject({ customerClass: 'role1', model: 'Erlang C', arrivalsPerHour: 10, serviceMinutes: 15, servers: 3 });
    expect(row!.probWait).toBeCloseTo(0.7022, 4);
    expect(row!.waitMean).toBeCloseTo(21.07, 2);
    // At least 80% within 5 minutes takes a fourth server.
    expect(row!.serversForTarget).toBe(4);
    expect(notes).toEqual([]);
  });

  it('adds Erlang A, from the same formulas, when patience is exponential', () => {
    const s = scenarioFrom(steady('    patience: { dist: exponential, mean: 10 }'));
    const { rows } = erlangBaseline(s);
    expect(rows.map((r) => r.model)).toEqual(['Erlang C', 'Erlang A']);
    const c = mmc(24 / 60, 1 / 6, 3);
    const a = erlangA(24 / 60, 1 / 6, 1 / 10, 3);
    expect(rows[0]).toMatchObject({ probWait: c.probWait, waitMean: c.waitMean, serviceLevel: c.serviceLevel(5) });
    expect(rows[1]).toMatchObject({ probWait: a.probWaitServed, waitMean: a.waitMeanServed, serviceLevel: a.serviceLevel(5), abandonRate: a.abandonProb });
    expect(brokenAssumptions(s)).toEqual([expect.stringMatching(/^Abandonment \(walk-in\): Erlang C ignores it/)]);
  });

  it('leaves the formula columns empty when the counter is overloaded, and still says how many are needed', () => {
    const s = scenarioFrom(steady().replace('perHour: 24', 'perHour: 40'));
    const [row] = erlangBaseline(s).rows;
    expect(row).toMatchObject({ servers: 3, probWait: null, waitMean: null, serviceLevel: null });
    expect(row!.serversForTarget).toBeGreaterThan(4);
  });

  it('slows service by the average proficiency of the people who serve the class', () => {
    const s = scenarioFrom(steady().replace('- { name: desk, count: 3, home: front }', '- { name: desk, count: 3, home: front, skills: { front: 0.5 } }'));
    expect(erlangBaseline(s).rows[0]!.serviceMinutes).toBe(12);
  });
});

describe('brokenAssumptions', () => {
  it('names what the retail branch does that the formulas ignore', () => {
    const notes = brokenAssumptions(fromFile('scenarios/retail-branch.yaml')).join('\n');
    expect(notes).toMatch(/^Time-varying arrival rates \(sale, collect\)/m);
    expect(notes).toMatch(/^Opening hours:/m);
    expect(notes).toMatch(/^Breaks \(zoe, leo\)/m);
    expect(notes).toMatch(/^Absences: sick days \(up to 4% of person-days\)/m);
    expect(notes).toMatch(/^Abandonment \(sale, return, collect\)/m);
    expect(notes).toMatch(/^Service times not exponential \(sale cv 0\.70/m);
    expect(notes).toMatch(/^Cover moves \(a counter minimum of 1; cover at 4 waiting; counter staff helping the back office \(leo\)\)/m);
  });

  it('says nothing for an office that is exactly an M/M/c queue', () => {
    expect(brokenAssumptions(scenarioFrom(steady()))).toEqual([]);
  });
});
