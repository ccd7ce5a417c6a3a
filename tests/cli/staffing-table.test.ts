import { describe, expect, it } from 'vitest';
import { staffingTable } from '../../src/cli/format/staffing-table.js';
import type { StaffingJson } from '../../src/planning/staffing/output.js';

const level = (mean: number, lo: number, hi: number) => ({ mean, ci95: [lo, hi] as [number, number] });

function answer(): StaffingJson {
  return {
    formatVersion: 1,
    scenario: 'Tiny',
    currency: 'EUR',
    slotMinutes: 30,
    target: { withinMinutes: 5, fraction: 0.8 },
    requirements: [],
    shifts: [{ day: 'all', skill: 'front', start: '09:00', end: '17:00', breaks: [{ at: '12:00', minutes: 30 }], count: 2 }],
    roster: [],
    hires: [{ skill: 'front', count: 1 }],
    todayRoster: [{ person: 'ana', skill: 'front', start: '09:00', end: '17:00', daysOff: [] }],
    unassigned: [],
    cost: { perDay: 400, perWeek: 2000 },
    erlangCost: { perDay: 600, perWeek: 3000 },
    saving: { perDay: 200, perWeek: 1000 },
    today: { cost: 200, serviceLevel: level(0.5, 0.45, 0.55) },
    rounds: [
      { round: 1, cost: 600, people: 3, hires: 2, serviceLevel: level(0.95, 0.94, 0.96), slotsBelowTarget: 0, raised: [], lowered: [] },
      { round: 2, cost: 400, people: 2, hires: 1, serviceLevel: level(0.85, 0.83, 0.87), slotsBelowTarget: 0, raised: [], lowered: [] },
    ],
    chosenRound: 2,
    replications: 10,
    seed: 7,
    scenarioFile: 'office.yaml',
  } as unknown as StaffingJson;
}

describe('plan-staff on the terminal', () => {
  it('puts today, Erlang and the checked design side by side, with the currency, the saving, the shifts and the hires', () => {
    const text = staffingTable(answer());
    expect(text).toContain('target 80% of arrivals served within 5 min');
    expect(text).toMatch(/today\s+1\s+200 EUR\s+1,000 EUR\s+50\.0% \(45\.0% to 55\.0%\)/);
    expect(text).toMatch(/Erlang only \(round 1\)\s+3\s+2\s+600 EUR\s+3,000 EUR\s+95\.0%/);
    expect(text).toMatch(/checked design \(round 2\)\s+2\s+1\s+400 EUR\s+2,000 EUR\s+85\.0% \(83\.0% to 87\.0%\)/);
    expect(text).toContain('The check saves 200 EUR a day (1,000 EUR a week)');
    expect(text).toMatch(/front\s+09:00–17:00\s+12:00 for 30 min\s+2/);
    expect(text).toContain('To hire: 1 with front.');
  });

  it("counts today's people, not today's rows: with the week on, a person has a row per weekday worked", () => {
    const week = answer();
    const json = {
      ...week,
      shifts: week.shifts.map((k) => ({ ...k, day: 'mon' })),
      todayRoster: ['mon', 'tue', 'sat'].flatMap((day) => ['ana', 'ben'].map((person) => ({ person, day, skill: 'front', start: '09:00', end: '13:00', daysOff: [] }))),
    } as StaffingJson;
    expect(staffingTable(json)).toMatch(/today\s+2\s+200 EUR/);
  });
});
