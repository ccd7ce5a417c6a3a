/**
 * Skills that grow with practice and fade without it (issue 15; scenario-format.md, Semantics,
 * "Learning"), each rule alone and where rules meet:
 * - the closed form of each curve at every service start, replayed from the event trace: the
 *   proficiency a service starts at decides its finish time to the bit (start + work / proficiency),
 *   for growth alone, fading alone, both, the power curve, tasks paused and resumed, and a skill
 *   practised during cover moves;
 * - an M/M/1 counter whose proficiency grows from 0.5 to 1.0: the mean wait falls day by day and the
 *   late days match the M/M/1 formula at full proficiency;
 * - common random numbers across variants differing only in learning;
 * - the bad-input errors, at the field.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mmc } from '../../../src/analysis/erlang.js';
import { exp, log, pow } from '../../../src/sim/math.js';
import { runReplication } from '../../../src/sim/office/index.js';
import type { ReplicationResult, TraceEvent } from '../../../src/sim/result.js';
import type { LearningSpec, Scenario } from '../../../src/sim/scenario.js';
import { formatScenarioError, parseScenario } from '../../../src/sim/schema.js';
import { buildScenario, customer } from '../build-scenario.js';
import { randomOffice } from '../random-office.js';
import { estimate } from '../replications.js';

const LN2 = 0.6931471805599453;

function learning(over: Partial<LearningSpec>): LearningSpec {
  return { curve: 'exponential', target: 1, timeConstantHours: 10, exponent: 1, forgetting: null, ...over };
}

/** One pair's state in the replay: proficiency after the last practice, experience, when it ended. */
interface PairState {
  prof: number;
  experience: number;
  /** Exponential curves that fade: the remaining share of the gap. */
  remaining: number;
  lastPractice: number;
  practice: number;
  reachedAt: number;
}

/**
 * Replays a traced replication with the curves' closed forms, independently of the engine's code:
 * at each start the fade since the last practice (and the experience it is worth on the curve), at
 * each finish or pause the practice just done. Checks every finish time to the bit and returns the
 * number of services checked and the states at the end.
 */
function replay(scenario: Scenario, result: ReplicationResult): { checked: number; pairs: Map<string, PairState>; end: number } {
  const trace = result.trace!;
  expect(result.traceTruncated).toBe(false);
  const pairs = new Map<string, PairState>();
  const spec = (p: number, skill: string): LearningSpec | undefined => scenario.staff[p]!.learning?.[skill];
  const start0 = (p: number, skill: string) => scenario.staff[p]!.skills[skill]!;
  const state = (p: number, skill: string): PairState => {
    const key = `${p}/${skill}`;
    let s = pairs.get(key);
    if (s === undefined) {
      const l = spec(p, skill)!;
      const prof = start0(p, skill);
      s = { prof, experience: 0, remaining: 1, lastPractice: 0, practice: 0, reachedAt: prof >= 0.9 * l.target ? 0 : NaN };
      pairs.set(key, s);
    }
    return s;
  };
  const gapOf = (p: number, skill: string) => {
    const l = spec(p, skill)!;
    const start = start0(p, skill);
    return l.target > start ? l.target - start : l.target - (l.forgetting?.floor ?? start);
  };
  const curve = (p: number, skill: string, e: number) => {
    const l = spec(p, skill)!;
    const tau = l.timeConstantHours! * 60;
    const decay = l.curve === 'exponential' ? exp(-e / tau) : pow(1 + e / tau, -l.exponent);
    return l.target - gapOf(p, skill) * decay;
  };
  const faded = (p: number, skill: string, s: PairState, t: number) => {
    const f = spec(p, skill)!.forgetting;
    if (f === null || t - s.lastPractice <= 0 || s.prof <= f.floor) return s.prof;
    return f.floor + (s.prof - f.floor) * exp(-(LN2 / (f.halfLifeDays * 1440)) * (t - s.lastPractice));
  };
  const skillOf = (e: { front: boolean; cls: number }) => (e.front ? scenario.customers[e.cls]!.skill : scenario.tasks[e.cls]!.skill);
  const work = new Map<number, number>();
  const inHand = new Map<number, { item: number; start: number; prof: number; skill: string }>();
  let checked = 0;
  let end = 0;
  for (const e of trace as TraceEvent[]) {
    if (e.kind === 'arrive') work.set(e.item, e.work);
    else if (e.kind === 'start') {
      const skill = skillOf(e);
      let prof = scenario.staff[e.person]!.skills[skill]!;
      const l = spec(e.person, skill);
      if (l !== undefined) {
        const s = state(e.person, skill);
        const p = faded(e.person, skill, s, e.t);
        if (p !== s.prof) {
          s.prof = p;
          if (l.timeConstantHours !== null) {
            const ratio = (l.target - p) / gapOf(e.person, skill);
            const tau = l.timeConstantHours * 60;
            if (l.curve === 'exponential') s.remaining = ratio;
            // The equivalent experience (the curve's inverse); the exponential's remaining share must agree with it.
            s.experience = l.curve === 'exponential' ? -tau * log(ratio) : tau * (pow(ratio, -1 / l.exponent) - 1);
          }
        }
        prof = p;
      }
      inHand.set(e.person, { item: e.item, start: e.t, prof, skill });
    } else if (e.kind === 'finish' || e.kind === 'pause') {
      const h = inHand.get(e.person)!;
      expect(h.item).toBe(e.item);
      if (e.kind === 'finish') {
        expect(e.t, `finish of item ${e.item} by person ${e.person}`).toBe(h.start + work.get(e.item)! / h.prof);
        checked++;
      } else work.set(e.item, Math.max(0, work.get(e.item)! - (e.t - h.start) * h.prof));
      inHand.delete(e.person);
      practise(e.person, h, e.t);
    } else if (e.kind === 'end') end = e.t;
  }
  for (const [p, h] of inHand) practise(p, h, end);
  return { checked, pairs, end };

  function practise(p: number, h: { start: number; skill: string }, t: number): void {
    const l = spec(p, h.skill);
    if (l === undefined) return;
    const s = state(p, h.skill);
    s.practice += t - h.start;
    s.lastPractice = t;
    if (l.timeConstantHours === null || t <= h.start) return;
    if (l.curve === 'power' || l.forgetting === null) {
      s.experience += t - h.start;
      s.prof = curve(p, h.skill, s.experience);
    } else {
      s.remaining *= exp(-(t - h.start) * (1 / (l.timeConstantHours * 60)));
      s.prof = l.target - gapOf(p, h.skill) * s.remaining;
      s.experience += t - h.start;
      expect(s.prof).toBeCloseTo(curve(p, h.skill, s.experience), 12);
    }
    if (Number.isNaN(s.reachedAt) && s.prof >= 0.9 * l.target) s.reachedAt = t;
  }
}

/** Runs traced, replays, and checks the end-of-run metrics against the replay. */
function checkAgainstReplay(scenario: Scenario, replication = 0): { result: ReplicationResult; checked: number } {
  const result = runReplication(scenario, replication, { trace: true, traceLimit: 2_000_000 });
  const { checked, pairs, end } = replay(scenario, result);
  for (const [key, s] of pairs) {
    const [p, skill] = key.split('/') as [string, string];
    const person = scenario.staff[Number(p)]!;
    const name = `learning.${person.name}.${skill}`;
    const f = person.learning![skill]!.forgetting;
    const faded = f === null || end - s.lastPractice <= 0 || s.prof <= f.floor ? s.prof : f.floor + (s.prof - f.floor) * exp(-(LN2 / (f.halfLifeDays * 1440)) * (end - s.lastPractice));
    expect(result.metrics[`${name}.proficiencyEnd`], `${name}.proficiencyEnd`).toBe(faded);
    expect(result.metrics[`${name}.practiceMinutes`], `${name}.practiceMinutes`).toBeCloseTo(s.practice, 9);
    expect(result.metrics[`${name}.daysTo90`]).toBe(Number.isNaN(s.reachedAt) ? null : s.reachedAt === 0 ? 0 : Math.floor(s.reachedAt / 1440) + 1);
  }
  return { result, checked };
}

/** One person at a counter with deterministic work: a known practice schedule. */
function counterOf(l: LearningSpec, over: { start?: number; days?: number; daysOff?: number[]; perHour?: number } = {}): Scenario {
  return buildScenario({
    calendar: { days: over.days ?? 5 },
    customers: [customer('sale', { arrivals: { perHour: [over.perHour ?? 5] }, service: { dist: 'deterministic', value: 6 } })],
    staff: [{ name: 'cara', skills: { front: over.start ?? 0.5 }, daysOff: over.daysOff ?? [], learning: { front: l } }],
  });
}

describe('the closed form at every service start (deterministic work, one server)', () => {
  it('exponential growth: p = T - (T - p0) exp(-hours / tau), from the practice summed', () => {
    const scenario = counterOf(learning({ timeConstantHours: 5, target: 0.95 }));
    const { result, checked } = checkAgainstReplay(scenario);
    expect(checked).toBeGreaterThan(150);
    // Without fading the proficiency is a function of the practice alone: check it without the replay's code too.
    const practice = result.metrics['learning.cara.front.practiceMinutes']!;
    expect(result.metrics['learning.cara.front.proficiencyEnd']).toBeCloseTo(0.95 - 0.45 * Math.exp(-practice / 300), 12);
    const byDay = result.proficiencyByDay!.cara!.front!;
    expect(byDay).toHaveLength(5);
    for (let d = 1; d < 5; d++) expect(byDay[d]!).toBeGreaterThanOrEqual(byDay[d - 1]!);
  });

  it('the first service starts at the starting proficiency, the second after the first one\'s practice', () => {
    const scenario = counterOf(learning({ timeConstantHours: 5 }));
    const trace = runReplication(scenario, 0, { trace: true }).trace!;
    const [first, second] = trace.filter((e) => e.kind === 'start');
    const firstFinish = trace.find((e) => e.kind === 'finish')!;
    expect(firstFinish.t - first!.t).toBeCloseTo(6 / 0.5, 9);
    const p2 = 1 - 0.5 * Math.exp(-12 / 300);
    const secondFinish = trace.filter((e) => e.kind === 'finish')[1]!;
    expect(secondFinish.t - second!.t).toBeCloseTo(6 / p2, 9);
  });

  it('power curve: p = T - (T - p0) (1 + hours / tau)^-b', () => {
    const scenario = counterOf(learning({ curve: 'power', exponent: 0.7, timeConstantHours: 2 }));
    const { result, checked } = checkAgainstReplay(scenario);
    expect(checked).toBeGreaterThan(150);
    const practice = result.metrics['learning.cara.front.practiceMinutes']!;
    expect(result.metrics['learning.cara.front.proficiencyEnd']).toBeCloseTo(1 - 0.5 * (1 + practice / 120) ** -0.7, 12);
  });

  it('fading alone: after days without practice the part above the floor halves every half-life', () => {
    // Days 2-11 off: ten days (plus the nights) with no practice; no growth, so practice cannot restore it.
    const scenario = counterOf(learning({ timeConstantHours: null, forgetting: { halfLifeDays: 4, floor: 0.4 } }), {
      start: 0.9,
      days: 12,
      daysOff: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
    });
    const { result, checked } = checkAgainstReplay(scenario);
    expect(checked).toBeGreaterThan(60);
    const byDay = result.proficiencyByDay!.cara!.front!;
    // Day 1 ends with small fades between customers; from its end to the end of day 11, ten days
    // without practice: 2.5 half-lives.
    expect(byDay[10]! - 0.4).toBeCloseTo((byDay[0]! - 0.4) * 2 ** -2.5, 14);
    expect(byDay[0]!).toBeLessThan(0.9);
    expect(byDay[10]!).toBeLessThan(0.4 + 0.5 * 2 ** -2.4);
    expect(byDay[10]!).toBeGreaterThan(0.4);
  });

  it('growth and fading together: practice climbs back along the same curve from where fading left it', () => {
    const scenario = counterOf(learning({ timeConstantHours: 3, forgetting: { halfLifeDays: 2, floor: 0.3 } }), {
      start: 0.5,
      days: 14,
      daysOff: [4, 5, 6, 7, 8, 9],
    });
    const { result, checked } = checkAgainstReplay(scenario);
    expect(checked).toBeGreaterThan(150);
    const byDay = result.proficiencyByDay!.cara!.front!;
    expect(byDay[8]!).toBeLessThan(byDay[2]!); // faded over the days off
    expect(byDay[13]!).toBeGreaterThan(byDay[8]!); // and climbs back with practice
  });

  it('a task paused by a break resumes at the proficiency of its new start', () => {
    // Back-office work in long pieces, a break in the middle of the morning: tasks are paused and resumed.
    const scenario = buildScenario({
      calendar: { days: 3 },
      tasks: [{ name: 'files', arrivals: { perHour: [3] }, service: { dist: 'deterministic', value: 25 } }],
      staff: [
        {
          name: 'dev',
          home: 'files',
          skills: { files: 0.4 },
          shift: { start: 540, end: 1020, breaks: [{ at: 600, minutes: 30 }, { at: 720, minutes: 45 }] },
          learning: { files: learning({ timeConstantHours: 4, forgetting: { halfLifeDays: 1, floor: 0.2 } }) },
        },
      ],
    });
    const { result, checked } = checkAgainstReplay(scenario);
    expect(result.trace!.filter((e) => e.kind === 'pause').length).toBeGreaterThanOrEqual(3);
    expect(checked).toBeGreaterThan(20);
  });

  it('a skill practised only in cover moves grows only then', () => {
    // Bob's home is the back office; he covers the counter at Rita's lunch (rule 1) and learns the counter there.
    const scenario = buildScenario({
      calendar: { days: 10 },
      customers: [customer('sale', { arrivals: { perHour: [8] }, service: { dist: 'exponential', mean: 5 } })],
      tasks: [{ name: 'files', arrivals: { perHour: [2] }, service: { dist: 'exponential', mean: 15 } }],
      staff: [
        { name: 'rita', home: 'front', shift: { start: 540, end: 1020, breaks: [{ at: 720, minutes: 60 }] } },
        {
          name: 'bob',
          home: 'files',
          skills: { files: 1, front: 0.5 },
          learning: { front: learning({ timeConstantHours: 2, forgetting: { halfLifeDays: 5, floor: 0.4 } }) },
        },
      ],
      policy: { frontMinimum: 1, helpBackOffice: false },
    });
    const { result, checked } = checkAgainstReplay(scenario);
    expect(checked).toBeGreaterThan(500);
    const bobAtCounter = result.trace!.filter((e) => e.kind === 'start' && e.person === 1 && e.front);
    expect(bobAtCounter.length).toBeGreaterThan(10);
    const practice = result.metrics['learning.bob.front.practiceMinutes']!;
    const covered = result.activity['bob']!.coverWork;
    expect(practice).toBeCloseTo(covered, 6);
    expect(result.metrics['learning.bob.front.proficiencyEnd']!).toBeGreaterThan(0.5);
  });

  it('a curve that cannot change anything leaves every number as without it', () => {
    // Nobody below the target, nobody above the floor: nothing can change, and the file's keys are dropped.
    const text = (learning: string) => `
calendar: { days: 3 }
customers: [ { name: sale, arrivals: { perHour: 10 }, service: { dist: exponential, mean: 5 } } ]
absences: { sickProbabilityPerDay: 0.1, interruptions: { perDay: 2, minutes: { dist: exponential, mean: 10 } } }
staff: [ { name: ana, home: front }, { name: bo, home: front, skills: { front: 0.8 }${learning} } ]
`;
    const plain = parseScenario(text(''), 'a.yaml');
    const withCurve = parseScenario(text(', learning: { front: { timeConstantHours: 5, target: 0.8, forgetting: { halfLifeDays: 3, floor: 0.8 } } }'), 'b.yaml');
    if (!plain.ok || !withCurve.ok) throw new Error('invalid test scenario');
    expect(withCurve.scenario.staff[1]!.learning).toBeUndefined();
    const a = runReplication(plain.scenario, 0);
    const b = runReplication(withCurve.scenario, 0);
    expect(b).toEqual(a);
    expect(a.proficiencyByDay).toBeUndefined();
  });

  it('an expert at the target who fades is a learning pair: the fade shows, and practice restores it', () => {
    const scenario = counterOf(learning({ timeConstantHours: 2, forgetting: { halfLifeDays: 1, floor: 0.5 } }), { start: 1, days: 6, daysOff: [3, 4] });
    const { result, checked } = checkAgainstReplay(scenario);
    expect(checked).toBeGreaterThan(120);
    const byDay = result.proficiencyByDay!.cara!.front!;
    expect(byDay[3]!).toBeLessThan(byDay[1]!);
    expect(byDay[5]!).toBeGreaterThan(byDay[3]!);
  });
});

describe('where every rule meets: random offices (breaks, absences, interruptions, cover moves, pauses, routing policies)', () => {
  it('every service of 60 random offices with learning curves finishes when the closed forms say', () => {
    let offices = 0;
    let services = 0;
    for (let seed = 1; offices < 60; seed++) {
      const scenario = randomOffice(seed, false, true);
      if (!scenario.staff.some((p) => p.learning !== undefined)) continue;
      offices++;
      services += checkAgainstReplay(scenario, seed % 3).checked;
    }
    expect(services).toBeGreaterThan(10_000);
  });
});

describe('M/M/1 whose proficiency grows from 0.5 to 1.0', () => {
  // 6 customers an hour, 5 minutes of work at full proficiency: utilization 0.5 at 1.0, 1.0 at the start.
  const scenario = buildScenario({
    calendar: { open: 0, close: 1440, days: 30, warmupMinutes: 0 },
    customers: [customer('walk-in', { arrivals: { perHour: [6] }, service: { dist: 'exponential', mean: 5 } })],
    staff: [{ name: 'cara', skills: { front: 0.5 }, learning: { front: learning({ timeConstantHours: 24 }) } }],
  });
  const R = 60;
  const waitsByDay = (r: ReplicationResult): number[] => {
    const sums = new Array<number>(30).fill(0);
    const counts = new Array<number>(30).fill(0);
    const arrivals = new Map<number, number>();
    for (const e of r.trace!) {
      if (e.kind === 'arrive') arrivals.set(e.item, e.t);
      else if (e.kind === 'start') {
        const at = arrivals.get(e.item)!;
        const day = Math.floor(at / 1440);
        sums[day] += e.t - at;
        counts[day]++;
      }
    }
    return sums.map((s, d) => s / counts[d]!);
  };
  const results = Array.from({ length: R }, (_, r) => runReplication(scenario, r, { trace: true, traceLimit: 2_000_000 }));
  const perDay = results.map(waitsByDay);
  const theory = mmc(0.1, 0.2, 1).waitMean; // 5 minutes

  const lateMean = (w: number[]) => w.slice(15).reduce((a, b) => a + b, 0) / 15;

  it('the mean wait per day falls while she learns', () => {
    // Each step is a paired difference over replications (same seeds): mean above 4 standard errors.
    const block = (from: number, to: number) => (w: number[]) => w.slice(from, to).reduce((a, b) => a + b, 0) / (to - from);
    const steps: [string, (w: number[]) => number, (w: number[]) => number][] = [
      ['day 1 - day 2', block(0, 1), block(1, 2)],
      ['day 2 - days 3-5', block(1, 2), block(2, 5)],
      ['days 3-5 - days 16-30', block(2, 5), lateMean],
    ];
    for (const [label, a, b] of steps) {
      const d = estimate(perDay.map((w) => a(w) - b(w)));
      expect(d.mean, `${label}: ${d.mean.toFixed(3)} ± ${(4 * d.standardError).toFixed(3)}`).toBeGreaterThan(4 * d.standardError);
    }
    // Proficiency never falls without fading, and ends at the target to many digits.
    for (const r of results) {
      const byDay = r.proficiencyByDay!.cara!.front!;
      for (let d = 1; d < 30; d++) expect(byDay[d]!).toBeGreaterThanOrEqual(byDay[d - 1]!);
      expect(byDay[29]!).toBeGreaterThan(1 - 1e-6);
    }
  });

  it('days 16-30 match the M/M/1 mean wait at full proficiency (within 4 standard errors)', () => {
    const late = estimate(perDay.map(lateMean));
    expect(Math.abs(late.mean - theory), `late days ${late.mean.toFixed(3)} ± ${(4 * late.standardError).toFixed(3)}, theory ${theory}`).toBeLessThanOrEqual(
      4 * late.standardError,
    );
    expect(estimate(perDay.map((w) => w[0]!)).mean).toBeGreaterThan(2 * theory);
  });

  it('90% of the target is reached after about 24 ln 5 = 38.6 hours of practice: on day 3 or 4', () => {
    for (const r of results) expect([3, 4]).toContain(r.metrics['learning.cara.front.daysTo90']);
  });
});

describe('common random numbers across variants differing only in learning', () => {
  const base = buildScenario({
    calendar: { days: 5 },
    customers: [customer('sale', { arrivals: { perHour: [12] }, service: { dist: 'lognormal', mean: 6, cv: 0.8 }, patience: { dist: 'exponential', mean: 15 } })],
    tasks: [{ name: 'files', arrivals: { perHour: [3] }, service: { dist: 'gamma', mean: 12, cv: 0.5 } }],
    staff: [
      { name: 'ana', skills: { front: 1, files: 0.5 } },
      { name: 'cara', skills: { front: 0.5 } },
      { name: 'dev', home: 'files', skills: { files: 0.7, front: 0.6 } },
    ],
    absences: { sickProbabilityPerDay: 0.15, interruptions: { perDay: 2, minutes: { dist: 'exponential', mean: 8 } } },
  });
  const variant = (l: LearningSpec | null): Scenario => ({
    ...base,
    staff: base.staff.map((p) => (l === null ? p : { ...p, learning: Object.fromEntries(Object.keys(p.skills).map((k) => [k, l])) })),
  });
  const variants = [
    variant(null),
    variant(learning({ timeConstantHours: 3 })),
    variant(learning({ curve: 'power', timeConstantHours: 10, exponent: 2, forgetting: { halfLifeDays: 1, floor: 0.3 } })),
  ];
  it('the same customers, tasks (time and work), sick days and interruption draws', () => {
    for (let r = 0; r < 3; r++) {
      const traces = variants.map((s) => runReplication(s, r, { trace: true }).trace!);
      const arrivals = traces.map((tr) => tr.filter((e) => e.kind === 'arrive').map((e) => (e.kind === 'arrive' ? [e.t, e.front, e.cls, e.work] : [])));
      const sick = traces.map((tr) => tr.filter((e) => e.kind === 'sick').map((e) => [e.t, (e as { person: number }).person]));
      const shifts = traces.map((tr) => tr.filter((e) => e.kind === 'shiftStart').map((e) => [e.t, (e as { person: number }).person]));
      expect(arrivals[0]!.length).toBeGreaterThan(400);
      for (let v = 1; v < variants.length; v++) {
        expect(arrivals[v]).toEqual(arrivals[0]);
        expect(sick[v]).toEqual(sick[0]);
        expect(shifts[v]).toEqual(shifts[0]);
      }
      // ... and the learning did change the outcome
      const finishes = traces.map((tr) => tr.filter((e) => e.kind === 'finish').map((e) => e.t));
      expect(finishes[1]).not.toEqual(finishes[0]);
    }
  });
});

describe('bad input: clear errors at the field', () => {
  const file = (top: string, ana = '', anaSkills = '{ front: 0.6 }') => `
customers: [ { name: sale, arrivals: { perHour: 10 }, service: { dist: exponential, mean: 5 } } ]
tasks: [ { name: files, arrivals: { perDay: 10 }, service: 12 } ]
staff:
  - name: ana
    home: front
    skills: ${anaSkills}
${ana}
  - { name: bob, home: files, skills: { files: 0.9 } }
${top}
`;
  const errors = (text: string) => {
    const r = parseScenario(text, 'office.yaml');
    if (r.ok) throw new Error('expected errors');
    return r.errors.map((e) => ({ path: e.path, message: e.message, text: formatScenarioError(e) }));
  };
  it('accepts the office-wide section and per person overrides', () => {
    const r = parseScenario(
      file('learning: { timeConstantHours: 40, forgetting: { halfLifeDays: 60, floor: 0.5 } }', '    learning: { front: { target: 0.9, curve: power, exponent: 2 } }'),
      'office.yaml',
    );
    if (!r.ok) throw new Error(r.errors.map(formatScenarioError).join('\n'));
    expect(r.scenario.staff[0]!.learning).toEqual({
      front: { curve: 'power', target: 0.9, timeConstantHours: 40, exponent: 2, forgetting: { halfLifeDays: 60, floor: 0.5 } },
    });
    expect(r.scenario.staff[1]!.learning!.files).toEqual({
      curve: 'exponential',
      target: 1,
      timeConstantHours: 40,
      exponent: 1,
      forgetting: { halfLifeDays: 60, floor: 0.5 },
    });
  });
  it('without learning keys the normalized scenario has none (its hash is unchanged)', () => {
    const r = parseScenario(file(''), 'office.yaml');
    expect(r.ok && r.scenario.staff.every((p) => !('learning' in p))).toBe(true);
  });
  it('a target below the start of a skill it makes grow', () => {
    expect(errors(file('learning: { timeConstantHours: 40, target: 0.8 }'))).toEqual([
      expect.objectContaining({ path: 'learning.target', message: expect.stringMatching(/target must be at least the starting proficiency.*"bob" in "files" \(starting at 0\.9\)/) }),
    ]);
    expect(errors(file('', '    learning: { front: { timeConstantHours: 4, target: 0.5 } }'))).toEqual([
      expect.objectContaining({ path: 'staff[0].learning.front.target', message: expect.stringContaining('"ana" in "front" (starting at 0.6)') }),
    ]);
  });
  it('a negative or zero time constant, a half-life of 0', () => {
    expect(errors(file('learning: { timeConstantHours: -4 }'))).toEqual([
      expect.objectContaining({ path: 'learning.timeConstantHours', message: 'timeConstantHours must be > 0, got -4' }),
    ]);
    expect(errors(file('', '    learning: { front: { forgetting: { halfLifeDays: 0, floor: 0.2 } } }'))).toEqual([
      expect.objectContaining({ path: 'staff[0].learning.front.forgetting.halfLifeDays', message: 'halfLifeDays must be > 0, got 0' }),
    ]);
  });
  it('a floor above the start', () => {
    const found = errors(file('learning: { forgetting: { halfLifeDays: 30, floor: 0.7 } }'));
    expect(found).toEqual([expect.objectContaining({ path: 'learning.forgetting.floor', message: expect.stringMatching(/^floor must be at most .*"ana" in "front" \(starting at 0\.6\)/) })]);
    expect(found[0]!.text).toMatch(/^office\.yaml:\d+:\d+: learning\.forgetting\.floor: /);
  });
  it('learning for a skill the person lacks', () => {
    expect(errors(file('', '    learning: { files: { timeConstantHours: 4 } }'))).toEqual([
      expect.objectContaining({ path: 'staff[0].learning.files', message: expect.stringContaining('learning for skill "files", which "ana" does not hold; skills held: front') }),
    ]);
  });
  it('an exponent without the power curve, a target without a time constant, a value that is neither', () => {
    expect(errors(file('learning: { timeConstantHours: 4, exponent: 2 }'))[0]).toMatchObject({ path: 'learning.exponent', message: expect.stringContaining('only with curve: power') });
    expect(errors(file('', '    learning: { front: { target: 0.9 } }'))[0]).toMatchObject({
      path: 'staff[0].learning.front.target',
      message: expect.stringContaining('target needs timeConstantHours'),
    });
    expect(errors(file('', '    learning: { front: 3 }'))[0]).toMatchObject({ path: 'staff[0].learning.front', message: expect.stringContaining('must be a learning curve') });
    expect(errors(file('', '    learning: { front: fixd }'))[0]).toMatchObject({ path: 'staff[0].learning.front', message: expect.stringContaining('must be "fixed"') });
    expect(errors(file('learning: { timeConstantHours: 4, speed: 2 }'))[0]!.path).toBe('learning.speed');
  });
  it('"fixed" takes a skill out of the office-wide section', () => {
    const r = parseScenario(file('learning: { timeConstantHours: 40, target: 0.8 }', '    learning: { front: fixed }', '{ front: 0.6 }').replace('files: 0.9', 'files: 0.7'), 'office.yaml');
    if (!r.ok) throw new Error(r.errors.map(formatScenarioError).join('\n'));
    expect(r.scenario.staff[0]!.learning).toBeUndefined();
    expect(r.scenario.staff[1]!.learning!.files!.target).toBe(0.8);
  });
});

describe('the example month and the trainer lesson built from it', () => {
  it('the lesson\'s day 10 and day 30 start Cara where the simulated month brought her (mean over 30 months, rounded)', () => {
    const month = parseScenario(readFileSync('scenarios/first-month.yaml', 'utf8'), 'first-month.yaml');
    if (!month.ok) throw new Error(month.errors.map(formatScenarioError).join('\n'));
    const results = Array.from({ length: month.scenario.replications }, (_, r) => runReplication(month.scenario, r));
    const meanAtEndOf = (day: number) => estimate(results.map((r) => r.proficiencyByDay!['Cara']!['front']![day - 1]!)).mean;
    for (const [file, day] of [['first-month-day10.yaml', 9], ['first-month-day30.yaml', 29]] as const) {
      const lesson = parseScenario(readFileSync(`scenarios/lessons/${file}`, 'utf8'), file);
      if (!lesson.ok) throw new Error(lesson.errors.map(formatScenarioError).join('\n'));
      const start = lesson.scenario.staff.find((p) => p.name === 'Cara')!.skills['front']!;
      expect(Math.abs(start - meanAtEndOf(day)), `${file}: ${start} against ${meanAtEndOf(day)}`).toBeLessThanOrEqual(0.005);
    }
  });
});
