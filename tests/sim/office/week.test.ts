/**
 * The week (calendar.firstWeekday, weekdays, closedDays; per-weekday arrivals and shifts): each rule
 * alone and where rules meet, read from the event trace and the metrics. Scenarios are written as
 * files, since weekdays are resolved when a file is read.
 */
import { describe, expect, it } from 'vitest';
import { runReplication } from '../../../src/sim/office/index.js';
import { ofKind, type TraceEvent } from '../../../src/sim/result.js';
import type { Scenario } from '../../../src/sim/scenario.js';
import { WEEKDAYS } from '../../../src/sim/scenario.js';
import { parseScenario } from '../../../src/sim/schema.js';
import { dayHours } from '../../../src/sim/week.js';
import { randomOffice } from '../random-office.js';
import { checkTrace } from '../trace-check.js';

function scenarioOf(text: string): Scenario {
  const parsed = parseScenario(text, 'week.yaml');
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return parsed.scenario;
}

function errorsOf(text: string): string[] {
  const parsed = parseScenario(text, 'week.yaml');
  return parsed.ok ? [] : parsed.errors.map((e) => `${e.path}: ${e.message}`);
}

const day = (t: number) => Math.floor(t / 1440) + 1;
const clock = (t: number) => t - (day(t) - 1) * 1440;
const run = (s: Scenario, r = 0) => runReplication(s, r, { trace: true, traceLimit: 10_000_000 });

/** A small counter office; `calendar` and `extra` lines are spliced in. */
function office(calendar: string, extra = '', staff = '  - { name: ana, home: front, wagePerHour: 60 }'): string {
  return `
seed: 3
calendar:
${calendar}
customers:
  - name: visit
    arrivals: { perHour: 6 }
    service: { dist: exponential, mean: 4 }
${extra}
staff:
${staff}
policy: { closing: turn-away }
`;
}

describe('firstWeekday alone', () => {
  it('changes no number, and names the weekday of every day', () => {
    const plain = scenarioOf(office('  days: 9'));
    const week = scenarioOf(office('  days: 9\n  firstWeekday: fri'));
    for (let r = 0; r < 3; r++) {
      const a = runReplication(plain, r);
      const b = runReplication(week, r);
      expect(b.metrics).toEqual(a.metrics);
      expect(b.backlogByDay).toEqual(a.backlogByDay);
      expect(b.series).toEqual(a.series);
      expect(a.weekdayByDay).toBeUndefined();
      expect(b.weekdayByDay).toEqual(['fri', 'sat', 'sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']);
    }
  });
});

describe('a closed weekday', () => {
  const s = scenarioOf(office('  days: 14\n  firstWeekday: mon\n  weekdays: { sun: closed }'));
  const trace = run(s).trace!;

  it('does not open, has no arrivals and nobody on duty', () => {
    checkTrace(s, trace);
    const onSunday = (e: TraceEvent) => day(e.t) % 7 === 0 && e.kind !== 'end';
    // A Sunday midnight belongs to Monday (day 8 starts at 7 x 1440).
    expect(trace.filter(onSunday)).toEqual([]);
    expect(trace.filter(ofKind('open')).map((e) => day(e.t))).toEqual([1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13]);
  });

  it('pays no wages that day', () => {
    const m = runReplication(s, 0).metrics;
    // 12 open days of 8 hours at 60 an hour, plus overtime at the multiplier.
    expect(m['cost.wages']! - m['cost.overtime']!).toBeCloseTo(12 * 8 * 60, 9);
  });
});

describe('a holiday', () => {
  it('closes that day like a closed weekday, with or without the week', () => {
    for (const calendar of ['  days: 3\n  closedDays: [2]', '  days: 3\n  firstWeekday: wed\n  closedDays: [2]']) {
      const s = scenarioOf(office(calendar));
      const result = run(s);
      checkTrace(s, result.trace!);
      expect(result.trace!.filter((e) => day(e.t) === 2 && e.kind !== 'end')).toEqual([]);
      expect(result.metrics['cost.wages']! - result.metrics['cost.overtime']!).toBeCloseTo(2 * 8 * 60, 9);
    }
  });

  it('keeps every other day exactly as without the holiday (its own draws stay in place)', () => {
    const plain = run(scenarioOf(office('  days: 3\n  firstWeekday: mon', 'absences: { sickProbabilityPerDay: 0.3 }'))).trace!;
    const holiday = run(scenarioOf(office('  days: 3\n  firstWeekday: mon\n  closedDays: [2]', 'absences: { sickProbabilityPerDay: 0.3 }'))).trace!;
    // Shift ends may move with the customer in hand: arrivals after a closed day come later (each
    // arrival consumes one draw of integrated rate, and the holiday has none), so only starts compare.
    const staffOn = (trace: readonly TraceEvent[], d: number) =>
      trace.filter(ofKind('shiftStart', 'sick')).filter((e) => day(e.t) === d);
    expect(staffOn(holiday, 1)).toEqual(staffOn(plain, 1));
    expect(staffOn(holiday, 3)).toEqual(staffOn(plain, 3));
  });

  it('is refused past the last day', () => {
    expect(errorsOf(office('  days: 3\n  closedDays: [4]'))).toEqual(['calendar.closedDays[0]: closedDays[0] must be a day from 1 to 3 (calendar.days), got 4']);
  });
});

describe('arrivals per weekday', () => {
  const text = `
seed: 5
calendar:
  days: 28
  firstWeekday: mon
  open: "09:00"
  close: "17:00"
  weekdays: { sat: { open: "09:00", close: "13:00" }, sun: closed }
customers:
  - name: visit
    arrivals:
      perHour: [4, 6, 8, 10, 10, 8, 6, 4]
      weekdays: { mon: { factor: 1.5 }, fri: { perHour: 3 }, sat: { perHour: [20, 10, 5, 0] } }
    service: 0.01
tasks:
  - name: filing
    arrivals: { perDay: 16, weekdays: { tue: { factor: 0.25 }, sat: { perDay: 2 } } }
    service: 1
staff:
  - { name: ana, home: front }
  - { name: bo, home: filing }
`;
  const s = scenarioOf(text);
  const expectedCustomers = [1.5 * 56, 56, 56, 56, 3 * 8, 35, 0];
  const expectedTasks = [16, 4, 16, 16, 16, 2, 0];

  it('come at each weekday\'s rate: counts within 4 standard deviations of the Poisson mean', () => {
    const customers = [0, 0, 0, 0, 0, 0, 0];
    const tasks = [0, 0, 0, 0, 0, 0, 0];
    const satHours = [0, 0, 0, 0];
    const reps = 20;
    for (let r = 0; r < reps; r++) {
      for (const e of run(s, r).trace!.filter(ofKind('arrive'))) {
        const w = (day(e.t) - 1) % 7;
        if (e.front) {
          customers[w]!++;
          if (w === 5) satHours[Math.floor((clock(e.t) - 540) / 60)]!++;
        } else if (e.t < 28 * 1440) {
          // Handoffs are off: every task is internal workload.
          tasks[w]!++;
        }
      }
    }
    const within = (count: number, mean: number) => expect(Math.abs(count - mean)).toBeLessThanOrEqual(4 * Math.sqrt(mean));
    expectedCustomers.forEach((perDay, w) => within(customers[w]!, perDay * 4 * reps));
    expectedTasks.forEach((perDay, w) => within(tasks[w]!, perDay * 4 * reps));
    [20, 10, 5, 0].forEach((rate, h) => within(satHours[h]!, rate * 4 * reps));
    expect(customers[6]).toBe(0);
    expect(satHours[3]).toBe(0);
  });

  it('are normalized per weekday (factor applied, perDay over that weekday\'s minutes, [0] when closed)', () => {
    expect(s.customers[0]!.arrivals.weekdays).toEqual([
      [6, 9, 12, 15, 15, 12, 9, 6],
      [4, 6, 8, 10, 10, 8, 6, 4],
      [4, 6, 8, 10, 10, 8, 6, 4],
      [4, 6, 8, 10, 10, 8, 6, 4],
      [3],
      [20, 10, 5, 0],
      [0],
    ]);
    expect(s.tasks[0]!.arrivals!.weekdays).toEqual([[2], [0.5], [2], [2], [2], [0.5], [0]]);
  });
});

describe('shifts per weekday', () => {
  const text = `
seed: 2
calendar:
  days: 7
  firstWeekday: mon
  weekdays: { sat: { open: "09:00", close: "13:00" }, sun: closed }
customers:
  - { name: visit, arrivals: { perHour: 0 }, service: 1 }
staff:
  - name: ana
    home: front
    wagePerHour: 60
    shift: { breaks: [{ at: "12:00", minutes: 30 }] }
    weekdays: { wed: off, thu: { start: "12:00", end: "20:00", breaks: [] } }
  - name: bo
    home: front
    wagePerHour: 60
    shift: { start: "09:00", end: "17:00" }
    weekdays: { sat: off }
`;
  const s = scenarioOf(text);
  const trace = run(s).trace!;
  const of = (person: number, kinds: ('shiftStart' | 'shiftEnd' | 'breakStart' | 'breakEnd')[]) =>
    trace.filter(ofKind(...kinds)).filter((e) => e.person === person).map((e) => `${day(e.t)} ${e.kind} ${clock(e.t) / 60}`);

  it('follow the weekday: its own shift, "off", or the base shift on the weekday\'s hours (a break on a short Saturday)', () => {
    checkTrace(s, trace);
    expect(of(0, ['shiftStart', 'shiftEnd'])).toEqual([
      '1 shiftStart 9', '1 shiftEnd 17',
      '2 shiftStart 9', '2 shiftEnd 17',
      '4 shiftStart 12', '4 shiftEnd 20',
      '5 shiftStart 9', '5 shiftEnd 17',
      // Saturday: the shift's start and end are not given, so they follow Saturday's hours.
      '6 shiftStart 9', '6 shiftEnd 13',
    ]);
    expect(of(0, ['breakStart']).filter((e) => e.startsWith('6 '))).toEqual(['6 breakStart 12']);
    expect(of(1, ['shiftStart'])).toEqual(['1 shiftStart 9', '2 shiftStart 9', '3 shiftStart 9', '4 shiftStart 9', '5 shiftStart 9']);
  });

  it('pay the rostered hours only ("off" and closed days unpaid)', () => {
    const m = runReplication(s, 0).metrics;
    // ana: 8 + 8 + 8 + 8 + 4 hours; bo: 5 x 8 hours.
    expect(m['cost.wages']).toBeCloseTo((36 + 40) * 60, 9);
  });

  it('refuse a break outside a short weekday\'s shift, naming the weekday', () => {
    expect(errorsOf(text.replace('at: "12:00"', 'at: "14:00"'))).toEqual([
      "staff[0].shift.breaks[0]: break at 14:00 for 30 minutes must lie inside the shift 09:00-13:00 on sat (its start or end follows that weekday's hours); give weekdays.sat a shift of its own",
    ]);
  });
});

describe('warm-up with a closed first day', () => {
  it('counts from the first opening: Monday 09:00, not Sunday', () => {
    const s = scenarioOf(office('  days: 3\n  firstWeekday: sun\n  weekdays: { sun: closed }\n  warmupMinutes: 60'));
    const result = run(s);
    const counted = result.trace!.filter(ofKind('arrive')).filter((e) => e.t >= 1440 + 540 + 60);
    expect(result.metrics['front.arrivals']).toBe(counted.length);
    expect(result.trace!.filter(ofKind('arrive')).length).toBeGreaterThan(counted.length);
    // Wages from the end of warm-up: Monday 7 hours, Tuesday 8.
    expect(result.metrics['cost.wages']! - result.metrics['cost.overtime']!).toBeCloseTo(15 * 60, 9);
  });

  it('refuses a warm-up that would outlast the last closing', () => {
    const errors = errorsOf(office('  days: 2\n  firstWeekday: sat\n  weekdays: { sun: closed }\n  warmupMinutes: 480'));
    expect(errors).toEqual([
      'calendar.warmupMinutes: warmupMinutes must be < 480 (it starts at the first opening and must end before the last closing of 2 day(s)), got 480',
    ]);
  });
});

describe('back-office work across a closed Sunday', () => {
  const s = scenarioOf(`
seed: 4
calendar: { days: 3, firstWeekday: sat, weekdays: { sun: closed } }
tasks:
  - { name: filing, arrivals: { perDay: 40 }, service: { dist: exponential, mean: 20 } }
staff:
  - { name: bo, home: filing }
`);

  it('carries over: Sunday\'s backlog is Saturday\'s, and Monday works it off', () => {
    for (let r = 0; r < 5; r++) {
      const result = run(s, r);
      checkTrace(s, result.trace!);
      expect(result.backlogByDay[0]).toBeGreaterThan(0);
      expect(result.backlogByDay[1]).toBe(result.backlogByDay[0]);
      const sunday = result.trace!.filter((e) => day(e.t) === 2 && e.kind !== 'end');
      expect(sunday).toEqual([]);
      const saturdayItems = new Set(result.trace!.filter(ofKind('arrive')).filter((e) => day(e.t) === 1).map((e) => e.item));
      const finishedMonday = result.trace!.filter(ofKind('finish')).filter((e) => day(e.t) === 3 && saturdayItems.has(e.item));
      expect(finishedMonday.length).toBeGreaterThan(0);
    }
  });
});

describe('an office open around the clock with a closed Sunday', () => {
  const s = scenarioOf(`
seed: 6
calendar: { days: 9, open: "00:00", close: "24:00", firstWeekday: fri, weekdays: { sun: closed } }
customers:
  - { name: call, arrivals: { perHour: 3 }, service: { dist: exponential, mean: 10 } }
staff:
  - { name: ana, home: front }
  - name: nick
    home: front
    shift: { start: "20:00", end: "04:00" }
`);
  const result = run(s);

  it('closes at Saturday midnight and opens again at Monday midnight', () => {
    checkTrace(s, result.trace!);
    const calendar = result.trace!.filter(ofKind('open', 'close')).map((e) => `${e.kind} ${e.t / 1440}`);
    expect(calendar).toEqual(['open 0', 'close 2', 'open 3']);
    expect(result.trace!.filter(ofKind('arrive')).filter((e) => day(e.t) === 3)).toEqual([]);
  });

  it('sends around-the-clock staff home for the closed day; a night shift belongs to the day it starts', () => {
    const ana = result.trace!.filter(ofKind('shiftStart', 'shiftEnd')).filter((e) => e.person === 0).map((e) => `${e.kind} ${e.t / 1440}`);
    expect(ana).toEqual(['shiftStart 0', 'shiftEnd 2', 'shiftStart 3']);
    // Saturday's night shift (20:00-04:00) runs into the closed Sunday; there is none on Sunday night.
    const nick = result.trace!.filter(ofKind('shiftStart')).filter((e) => e.person === 1).map((e) => day(e.t));
    expect(nick).toEqual([1, 2, 4, 5, 6, 7, 8, 9]);
    const sundayEnd = result.trace!.filter(ofKind('shiftEnd')).filter((e) => e.person === 1 && day(e.t) === 3);
    expect(sundayEnd.map((e) => clock(e.t))).toEqual([240]);
  });
});

describe('common random numbers across weekday changes', () => {
  it('a longer Saturday leaves every other day\'s sick days and interruptions where they were', () => {
    // Back office only: an interruption pauses a task at once, so the trace shows it at its drawn time.
    const text = (close: string) => `
seed: 8
calendar: { days: 14, firstWeekday: mon, weekdays: { sat: { open: "09:00", close: "${close}" }, sun: closed } }
tasks:
  - { name: filing, arrivals: { perDay: 30 }, service: { dist: exponential, mean: 10 } }
staff:
  - { name: bo, home: filing }
  - { name: cy, home: filing }
absences: { sickProbabilityPerDay: 0.2, interruptions: { perDay: 3, minutes: 5 } }
`;
    const a = run(scenarioOf(text('13:00'))).trace!;
    const b = run(scenarioOf(text('15:00'))).trace!;
    const staff = (trace: readonly TraceEvent[]) =>
      trace.filter(ofKind('sick', 'interruptStart')).filter((e) => day(e.t) % 7 !== 6).map((e) => `${e.kind} ${e.person} ${e.t}`);
    expect(staff(a).length).toBeGreaterThan(20);
    expect(staff(b)).toEqual(staff(a));
    // Arrivals before the first Saturday are the same draws at the same times.
    const before = (trace: readonly TraceEvent[]) => trace.filter(ofKind('arrive')).filter((e) => day(e.t) < 6);
    expect(before(b)).toEqual(before(a));
  });
});

describe('bad week input', () => {
  const base = office('  days: 7\n  firstWeekday: mon\n  weekdays: { sun: closed }');
  it('names the path and what is allowed', () => {
    expect(errorsOf(office('  days: 7\n  weekdays: { sun: closed }'))).toEqual([
      'calendar.weekdays: weekdays needs calendar.firstWeekday: set calendar.firstWeekday (the weekday of day 1, e.g. firstWeekday: mon) to use weekdays',
    ]);
    expect(errorsOf(office('  days: 7\n  firstWeekday: monday'))).toEqual([
      'calendar.firstWeekday: firstWeekday must be one of mon, tue, wed, thu, fri, sat, sun, got "monday"',
    ]);
    expect(errorsOf(office('  days: 7\n  firstWeekday: mon\n  weekdays: { sunday: closed }'))[0]).toMatch(
      /^calendar\.weekdays\.sunday: unknown key "sunday"; allowed: mon, tue, wed, thu, fri, sat, sun/,
    );
    expect(errorsOf(office('  days: 7\n  firstWeekday: mon\n  weekdays: { sat: { open: "13:00", close: "09:00" } }'))).toEqual([
      'calendar.weekdays.sat.close: close must be after open on sat (13:00), got "09:00"; an office open past midnight is not supported',
    ]);
    expect(errorsOf(office('  days: 7\n  firstWeekday: mon\n  weekdays: { sat: shut }'))).toEqual([
      'calendar.weekdays.sat: sat must be "closed" or opening hours such as {open: "09:00", close: "13:00"}, got "shut"',
    ]);
    const allClosed = 'mon: closed, tue: closed, wed: closed, thu: closed, fri: closed, sat: closed, sun: closed';
    expect(errorsOf(office(`  days: 7\n  firstWeekday: mon\n  weekdays: { ${allClosed} }`))).toEqual([
      'calendar.weekdays: every weekday is closed: the office would never open; give at least one weekday opening hours',
    ]);
    expect(errorsOf(office('  days: 2\n  closedDays: [1, 2]'))).toEqual([
      'calendar.closedDays: every day of the run is closed (2 day(s)): nothing would be simulated',
    ]);
  });

  it('refuses arrivals and shifts per weekday without the week, or on a closed weekday', () => {
    const arrivals = (w: string) => base.replace('arrivals: { perHour: 6 }', `arrivals: { perHour: 6, weekdays: ${w} }`);
    expect(errorsOf(arrivals('{ sun: { factor: 2 } }'))).toEqual([
      'customers[0].arrivals.weekdays.sun: sun is closed (calendar.weekdays.sun): arrivals on it would never come; remove this entry',
    ]);
    expect(errorsOf(arrivals('{ mon: { factor: 2, perHour: 3 } }'))).toEqual([
      "customers[0].arrivals.weekdays.mon: give factor (a multiplier on the base profile) or perHour (that weekday's profile), one of them",
    ]);
    expect(errorsOf(arrivals('{ mon: { perHour: [1, 2] } }'))).toEqual([
      'customers[0].arrivals.weekdays.mon.perHour: perHour must list one rate per opening hour of mon counted from its opening: 8 for 09:00-17:00, got 2 (or give one number for a constant rate)',
    ]);
    expect(errorsOf(office('  days: 7', '', '  - { name: ana, home: front, weekdays: { sat: off } }'))).toEqual([
      'staff[0].weekdays: staff weekdays needs calendar.firstWeekday: set calendar.firstWeekday (the weekday of day 1, e.g. firstWeekday: mon) to use weekdays',
    ]);
    expect(errorsOf(base.replace('{ name: ana, home: front, wagePerHour: 60 }', '{ name: ana, home: front, weekdays: { sun: { start: "10:00" } } }'))).toEqual([
      'staff[0].weekdays.sun: sun is closed (calendar.weekdays.sun): nobody is rostered on it; remove this shift or write "off"',
    ]);
    expect(errorsOf(base.replace('{ name: ana, home: front, wagePerHour: 60 }', '{ name: ana, home: front, weekdays: { sat: later } }'))).toEqual([
      'staff[0].weekdays.sat: sat must be "off" (not rostered that weekday) or a shift such as {start: "09:00", end: "13:00"}, got "later"',
    ]);
  });

  it('refuses a base profile shorter than a weekday\'s hours, and a shift running into the next day\'s', () => {
    const longSaturday = office(
      '  days: 7\n  firstWeekday: mon\n  weekdays: { sat: { open: "08:00", close: "18:00" } }',
    ).replace('arrivals: { perHour: 6 }', 'arrivals: { perHour: [1, 2, 3, 4, 5, 6, 7, 8] }');
    expect(errorsOf(longSaturday)).toEqual([
      'customers[0].arrivals.perHour: perHour lists 8 rates (09:00-17:00) but sat is open 10 hours (08:00-18:00); give arrivals.weekdays.sat.perHour, a profile of its own',
    ]);
    const overlap = base.replace(
      '{ name: ana, home: front, wagePerHour: 60 }',
      '{ name: ana, home: front, shift: { start: "14:00", end: "02:00" }, weekdays: { tue: { start: "01:00", end: "09:00" } } }',
    );
    expect(errorsOf(overlap)).toEqual([
      'staff[0].weekdays.tue: the tue shift 01:00-09:00 starts before the mon shift 14:00-02:00 ends; a person works one shift at a time: shorten one of them or make a day "off"',
    ]);
  });
});

describe('invariants on random offices with a week', () => {
  /** A random office given a week: a short Saturday (unless open around the clock), Sunday closed, a Monday peak, a holiday now and then, some Saturdays off. */
  function withWeek(seed: number): Scenario {
    const s = randomOffice(seed, seed % 3 === 0);
    const cal = s.calendar;
    const satClose = cal.continuous ? cal.close : cal.open + 180;
    const satHours = Math.ceil((satClose - cal.open) / 60);
    const hours = WEEKDAYS.map((w) => (w === 'sun' ? null : w === 'sat' ? { open: cal.open, close: satClose } : { open: cal.open, close: cal.close }));
    const profile = (perHour: readonly number[]) =>
      WEEKDAYS.map((w) => (w === 'sun' ? [0] : w === 'sat' && perHour.length > 1 ? perHour.slice(0, satHours) : w === 'mon' ? perHour.map((r) => r * 1.5) : [...perHour]));
    return {
      ...s,
      calendar: { ...cal, days: 9, firstWeekday: WEEKDAYS[seed % 7]!, weekdays: hours, ...(seed % 3 === 0 ? { closedDays: [4] } : {}) },
      customers: s.customers.map((c) => ({ ...c, arrivals: { perHour: c.arrivals.perHour, weekdays: profile(c.arrivals.perHour) } })),
      tasks: s.tasks.map((k) => (k.arrivals === null ? k : { ...k, arrivals: { perHour: k.arrivals.perHour, weekdays: profile(k.arrivals.perHour) } })),
      staff: s.staff.map((p, i) => ({
        ...p,
        weekdays: WEEKDAYS.map((w) => {
          if (w === 'sun' || (w === 'sat' && i % 2 === 1)) return 'off' as const;
          if (w === 'sat' && !cal.continuous) return { start: cal.open, end: satClose, breaks: [] };
          return p.shift;
        }),
      })),
    };
  }

  it('keep every rule of the trace, account for every item and add up money', () => {
    for (let seed = 1; seed <= 80; seed++) {
      const scenario = withWeek(seed);
      const result = runReplication(scenario, 0, { trace: true, traceLimit: 1_000_000 });
      expect(result.traceTruncated).toBe(false);
      const counts = checkTrace(scenario, result.trace!);
      const m = result.metrics;
      const outcomes = m['front.served']! + m['front.abandoned']! + m['front.balked']! + m['front.turnedAway']! + m['front.queueEnd']! + m['front.inServiceEnd']!;
      expect(outcomes).toBe(m['front.arrivals']);
      expect(m['front.arrivals']).toBe(counts.customersArrived);
      expect(m['back.completed']! + m['back.backlogEnd']!).toBe(m['back.arrivals']);
      expect(m['back.arrivals']).toBe(counts.tasksArrived);
      expect(m['cost.total']).toBeCloseTo(m['cost.wages']! + m['cost.training']! + m['cost.penalties']!, 6);
      // Nothing happens on a closed day but what a shift from the day before carries into it.
      const closed = new Set([...(scenario.calendar.closedDays ?? [])]);
      result.weekdayByDay!.forEach((w, d) => (w === 'sun' ? closed.add(d + 1) : undefined));
      const onClosedDays = result.trace!.filter((e) => closed.has(day(e.t)) && clock(e.t) > 0);
      expect(onClosedDays.filter((e) => e.kind === 'open' || e.kind === 'shiftStart' || e.kind === 'sick' || (e.kind === 'arrive' && e.front))).toEqual([]);
      // Little's law, exactly: the queue's integral over the open minutes of the run (each day its
      // own hours, closed days none) equals the customers' total time in queue.
      const since = new Map<number, number>();
      let waited = 0;
      let end = 0;
      for (const e of result.trace!) {
        if (e.kind === 'arrive' && e.front) since.set(e.item, e.t);
        if ((e.kind === 'start' && e.front) || e.kind === 'abandon' || e.kind === 'balk' || e.kind === 'turnAway') {
          waited += e.t - (since.get(e.item) ?? e.t);
          since.delete(e.item);
        }
        if (e.kind === 'end') end = e.t;
      }
      for (const t of since.values()) waited += end - t;
      const openMinutes = dayHours(scenario.calendar).reduce((sum, h) => sum + (h === null ? 0 : h.close - h.open), 0);
      expect(m['front.queueMean']! * openMinutes).toBeCloseTo(waited, 6);
      expect(JSON.stringify(runReplication(scenario, 0))).toBe(JSON.stringify({ ...result, trace: undefined, traceTruncated: undefined }));
    }
  });
});
