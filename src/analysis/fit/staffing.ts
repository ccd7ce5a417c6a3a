/**
 * The staffing seen in the records: people active per 30-minute slot (serving someone during it),
 * per weekday, and a reference roster. With a server column, each person is rostered on the
 * weekdays they worked at least half of, from the median first service start to the median last
 * service end of those days (rounded out to the half hour; within an hour of opening or closing taken
 * as opening or closing, since a quiet hour shows no service). Without one, the roster is a group as
 * large as the typical busiest moment of the day (the median over days of the most services at
 * once), on duty through the opening hours.
 */
import { WEEKDAYS, type ObservedCalendar, type Weekday } from './week.js';
import { weekdayOf } from './timestamps.js';

export const SLOT_MINUTES = 30;
/** A shift seen to start (end) within this many minutes of opening (closing) starts (ends) there. */
export const SNAP_MINUTES = 60;
/** Idle stretches at least this long while someone waited are break candidates. */
export const BREAK_MIN_MINUTES = 15;
/** A break is kept when it shows on at least this share of the days a person worked. */
export const BREAK_DAYS_SHARE = 0.25;

/** One busy stretch: a service or a task's work, in local minutes of its date. */
export interface BusyInterval {
  readonly day: number;
  readonly start: number;
  readonly end: number;
  /** -1 when the records name no server. */
  readonly server: number;
  readonly area: 'front' | 'back';
  /** The customer class or task type index in its own list. */
  readonly cls: number;
}

export interface ShiftSeen {
  readonly start: number;
  readonly end: number;
}

/** A break seen in the records: minutes after midnight it starts, and its length. */
export interface BreakSeen {
  readonly at: number;
  readonly minutes: number;
}

/** Someone waiting: a customer (front) or a task (back), in local minutes of its date. */
export interface WaitInterval {
  readonly day: number;
  readonly start: number;
  readonly end: number;
  readonly area: 'front' | 'back';
}

export interface RosterEntry {
  readonly name: string;
  /** A group of `count` identical people (only without a server column). */
  readonly count: number;
  readonly area: 'front' | 'back';
  /** Task types worked (indexes), for the back-office skills; front people also hold the counter skill. */
  readonly tasks: readonly number[];
  readonly servesCounter: boolean;
  /** The shift of most rostered weekdays. */
  readonly shift: ShiftSeen;
  /** Per weekday: the shift worked there, or null when not rostered that weekday. */
  readonly byWeekday: Readonly<Record<Weekday, ShiftSeen | null>>;
  /** Share of open dates worked, over all weekdays. */
  readonly attendance: number;
  /** A break taken most days (see breakOf); null when the records show none. */
  readonly break: BreakSeen | null;
}

export interface StaffingSeen {
  readonly slotMinutes: number;
  /** Per weekday, per slot of the day (48 slots): mean people active over the weekday's open dates. */
  readonly activePerSlot: Readonly<Record<Weekday, readonly number[]>>;
  readonly roster: readonly RosterEntry[];
  /** People seen serving who are not rostered (worked less than half of every weekday's dates). */
  readonly occasional: readonly string[];
}

const floorSlot = (m: number): number => Math.floor(m / SLOT_MINUTES) * SLOT_MINUTES;
const ceilSlot = (m: number): number => Math.ceil(m / SLOT_MINUTES) * SLOT_MINUTES;

function median(values: number[]): number {
  values.sort((a, b) => a - b);
  const m = values.length >> 1;
  return values.length % 2 === 1 ? values[m]! : (values[m - 1]! + values[m]!) / 2;
}

export function observeStaffing(intervals: readonly BusyInterval[], servers: readonly string[], calendar: ObservedCalendar, hasServer: boolean, waits: readonly WaitInterval[] = []): StaffingSeen {
  const slots = 1440 / SLOT_MINUTES;
  const activePerSlot = Object.fromEntries(WEEKDAYS.map((w) => [w, new Array<number>(slots).fill(0)])) as Record<Weekday, number[]>;
  const openDates = (w: number): number => calendar.weekdays[w]!.openDates.length;
  if (hasServer) {
    // (date, server, slot) seen active, counted once.
    const seen = new Set<number>();
    const days = new Map<string, { first: number; last: number; area: Map<string, number>; tasks: Set<number>; counter: boolean; busy: BusyInterval[] }>();
    const waiting = waitsByDay(waits);
    for (const b of intervals) {
      if (b.server < 0) continue;
      const w = weekdayOf(b.day);
      for (let s = Math.floor(b.start / SLOT_MINUTES); s <= Math.min(slots - 1, Math.floor(Math.max(b.start, b.end - 1e-9) / SLOT_MINUTES)); s++) {
        const key = (b.day * 65_536 + b.server) * 64 + s;
        if (seen.has(key)) continue;
        seen.add(key);
        activePerSlot[WEEKDAYS[w]!][s]! += 1 / Math.max(1, openDates(w));
      }
      const k = `${b.server}:${b.day}`;
      const d = days.get(k) ?? { first: Infinity, last: -Infinity, area: new Map<string, number>(), tasks: new Set<number>(), counter: false, busy: [] as BusyInterval[] };
      d.busy.push(b);
      d.first = Math.min(d.first, b.start);
      d.last = Math.max(d.last, b.end);
      d.area.set(b.area, (d.area.get(b.area) ?? 0) + (b.end - b.start));
      if (b.area === 'back') d.tasks.add(b.cls);
      else d.counter = true;
      days.set(k, d);
    }
    const roster: RosterEntry[] = [];
    const occasional: string[] = [];
    servers.forEach((name, server) => {
      const perWeekday = WEEKDAYS.map(() => [] as { first: number; last: number }[]);
      let front = 0;
      let back = 0;
      let worked = 0;
      const tasks = new Set<number>();
      let counter = false;
      const gaps: { at: number; minutes: number }[] = [];
      for (const [k, d] of days) {
        const [s, day] = k.split(':').map(Number) as [number, number];
        if (s !== server) continue;
        worked++;
        const gap = breakGap(d.busy, waiting.get(day) ?? []);
        if (gap !== null) gaps.push(gap);
        perWeekday[weekdayOf(day)]!.push({ first: d.first, last: d.last });
        front += d.area.get('front') ?? 0;
        back += d.area.get('back') ?? 0;
        for (const t of d.tasks) tasks.add(t);
        counter ||= d.counter;
      }
      const byWeekday = Object.fromEntries(
        WEEKDAYS.map((w, i) => {
          const list = perWeekday[i]!;
          const rostered = calendar.weekdays[i]!.hours !== null && list.length >= 0.5 * openDates(i) && list.length > 0;
          if (!rostered) return [w, null];
          // Service records show when someone served, not when they were on duty: a first service in
          // the first hour after opening (a quiet morning) means on duty from opening, a last one in the
          // last hour before closing (or in overtime after it) means on duty until closing.
          const hours = calendar.weekdays[i]!.hours!;
          let start = floorSlot(median(list.map((x) => x.first)));
          let end = Math.min(1440, ceilSlot(median(list.map((x) => x.last))));
          if (start <= hours.open + SNAP_MINUTES) start = hours.open;
          if (end >= hours.close - SNAP_MINUTES) end = hours.close;
          return [w, { start, end }];
        }),
      ) as Record<Weekday, ShiftSeen | null>;
      const shifts = Object.values(byWeekday).filter((s): s is ShiftSeen => s !== null);
      if (shifts.length === 0) {
        occasional.push(name);
        return;
      }
      const totalOpen = calendar.weekdays.reduce((a, w) => a + w.openDates.length, 0);
      const area = front >= back ? 'front' : 'back';
      const pause = gaps.length >= BREAK_DAYS_SHARE * worked ? { at: Math.floor(median(gaps.map((g) => g.at)) / 5) * 5, minutes: Math.max(5, Math.round(median(gaps.map((g) => g.minutes)) / 5) * 5) } : null;
      roster.push({ name, count: 1, area, tasks: [...tasks].sort((a, b) => a - b), servesCounter: counter, shift: mostCommon(shifts), byWeekday, attendance: worked / Math.max(1, totalOpen), break: pause });
    });
    return { slotMinutes: SLOT_MINUTES, activePerSlot, roster, occasional };
  }
  // No server column: concurrency of services per slot and date, per area.
  const roster: RosterEntry[] = [];
  for (const area of ['front', 'back'] as const) {
    const list = intervals.filter((b) => b.area === area);
    if (list.length === 0) continue;
    const byDay = new Map<number, { t: number; d: number }[]>();
    for (const b of list) {
      const events = byDay.get(b.day) ?? [];
      events.push({ t: b.start, d: 1 }, { t: b.end, d: -1 });
      byDay.set(b.day, events);
    }
    const peaks = WEEKDAYS.map(() => [] as number[]);
    for (const [day, events] of byDay) {
      events.sort((a, b) => a.t - b.t || a.d - b.d);
      const w = weekdayOf(day);
      const slotMax = new Array<number>(slots).fill(0);
      let busy = 0;
      let peak = 0;
      for (const e of events) {
        busy += e.d;
        peak = Math.max(peak, busy);
        const s = Math.min(slots - 1, Math.floor(e.t / SLOT_MINUTES));
        slotMax[s] = Math.max(slotMax[s]!, busy + (e.d < 0 ? 1 : 0));
      }
      if (area === 'front') slotMax.forEach((v, s) => (activePerSlot[WEEKDAYS[w]!][s]! += v / Math.max(1, openDates(w))));
      peaks[w]!.push(peak);
    }
    const counts = peaks.map((p) => (p.length === 0 ? 0 : Math.round(median(p))));
    const count = Math.max(1, ...counts);
    const byWeekday = Object.fromEntries(WEEKDAYS.map((w, i) => [w, calendar.weekdays[i]!.hours === null ? null : { start: calendar.weekdays[i]!.hours!.open, end: calendar.weekdays[i]!.hours!.close }])) as Record<Weekday, ShiftSeen | null>;
    const tasks = area === 'back' ? [...new Set(list.map((b) => b.cls))].sort((a, b) => a - b) : [];
    roster.push({ name: area === 'front' ? 'clerk' : 'back-clerk', count, area, tasks, servesCounter: area === 'front', shift: { start: calendar.base.open, end: calendar.base.close }, byWeekday, attendance: 1, break: null });
  }
  return { slotMinutes: SLOT_MINUTES, activePerSlot, roster, occasional: [] };
}

function mostCommon(shifts: readonly ShiftSeen[]): ShiftSeen {
  const counts = new Map<string, { shift: ShiftSeen; n: number }>();
  for (const s of shifts) {
    const k = `${s.start}-${s.end}`;
    const e = counts.get(k) ?? { shift: s, n: 0 };
    e.n++;
    counts.set(k, e);
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]!.shift;
}

function waitsByDay(waits: readonly WaitInterval[]): Map<number, WaitInterval[]> {
  const byDay = new Map<number, WaitInterval[]>();
  for (const w of waits) {
    if (w.end - w.start < 1) continue;
    const list = byDay.get(w.day) ?? [];
    list.push(w);
    byDay.set(w.day, list);
  }
  return byDay;
}

/**
 * The longest idle stretch of one person's day during which someone of their area waited at least
 * a minute (so they were not idle for lack of work): a break, or null. Breaks are not in service
 * records; this is how they show.
 */
function breakGap(busy: readonly BusyInterval[], waiting: readonly WaitInterval[]): { at: number; minutes: number } | null {
  const sorted = [...busy].sort((a, b) => a.start - b.start);
  let best: { at: number; minutes: number } | null = null;
  let end = sorted[0]?.end ?? 0;
  for (let i = 1; i < sorted.length; i++) {
    const next = sorted[i]!;
    const gap = next.start - end;
    if (gap >= BREAK_MIN_MINUTES && (best === null || gap > best.minutes)) {
      const area = next.area;
      const from = end;
      const to = next.start;
      if (waiting.some((w) => w.area === area && Math.min(w.end, to) - Math.max(w.start, from) >= 1)) best = { at: from, minutes: gap };
    }
    end = Math.max(end, next.end);
  }
  return best;
}
