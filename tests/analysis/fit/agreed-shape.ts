/**
 * The weekly calendar and weibull keys as FORMAT-AGREEMENTS.md §1-2 define them, checked on an
 * emitted scenario object (this branch's engine does not know them yet; the lead merges the engine
 * side). Returns every departure from the agreement, empty when the shape is right.
 */
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const minutes = (c: string): number => Number(c.slice(0, 2)) * 60 + Number(c.slice(3));

export function agreedShapeProblems(scenario: Obj): string[] {
  const problems: string[] = [];
  const calendar = scenario['calendar'] as Obj;
  const week = calendar['firstWeekday'] !== undefined;
  if (week && !WEEKDAYS.includes(calendar['firstWeekday'] as string)) problems.push('calendar.firstWeekday not a weekday');
  const hours = (w: string): number | null => {
    const o = (calendar['weekdays'] as Obj | undefined)?.[w];
    if (o === 'closed') return null;
    const open = isObj(o) ? (o['open'] as string) : (calendar['open'] as string);
    const close = isObj(o) ? (o['close'] as string) : (calendar['close'] as string);
    return (minutes(close) - minutes(open)) / 60;
  };
  for (const [w, o] of Object.entries((calendar['weekdays'] as Obj | undefined) ?? {})) {
    if (!week) problems.push(`calendar.weekdays.${w} without firstWeekday`);
    if (!WEEKDAYS.includes(w)) problems.push(`calendar.weekdays.${w}: not a weekday`);
    if (o !== 'closed' && !(isObj(o) && Object.keys(o).sort().join() === 'close,open' && CLOCK.test(o['open'] as string) && CLOCK.test(o['close'] as string))) problems.push(`calendar.weekdays.${w}: not "closed" nor {open, close}`);
  }
  const checkOverrides = (path: string, overrides: unknown, allowed: readonly string[], lengthKey: string | null): void => {
    if (overrides === undefined) return;
    if (!week) problems.push(`${path} without firstWeekday`);
    for (const [w, o] of Object.entries(overrides as Obj)) {
      if (!WEEKDAYS.includes(w)) problems.push(`${path}.${w}: not a weekday`);
      if (hours(w) === null) problems.push(`${path}.${w}: override on a closed weekday`);
      if (!isObj(o) || Object.keys(o).length !== 1 || !allowed.includes(Object.keys(o)[0]!)) {
        problems.push(`${path}.${w}: not one of ${allowed.join(' | ')}`);
        continue;
      }
      if (lengthKey !== null && Array.isArray(o[lengthKey]) && (o[lengthKey] as unknown[]).length !== hours(w)) problems.push(`${path}.${w}.${lengthKey}: ${(o[lengthKey] as unknown[]).length} rates for ${hours(w)} opening hours`);
    }
  };
  const dist = (path: string, d: unknown): void => {
    if (isObj(d) && d['dist'] === 'weibull' && !(Object.keys(d).sort().join() === 'dist,scale,shape' && (d['shape'] as number) > 0 && (d['scale'] as number) > 0)) problems.push(`${path}: weibull needs exactly shape > 0 and scale > 0`);
  };
  (scenario['customers'] as Obj[]).forEach((c, i) => {
    const arrivals = c['arrivals'] as Obj;
    checkOverrides(`customers[${i}].arrivals.weekdays`, arrivals['weekdays'], ['factor', 'perHour'], 'perHour');
    dist(`customers[${i}].service`, c['service']);
    dist(`customers[${i}].patience`, c['patience']);
  });
  ((scenario['tasks'] as Obj[] | undefined) ?? []).forEach((t, i) => {
    checkOverrides(`tasks[${i}].arrivals.weekdays`, (t['arrivals'] as Obj | undefined)?.['weekdays'], ['factor', 'perDay', 'perHour'], 'perHour');
    dist(`tasks[${i}].service`, t['service']);
  });
  (scenario['staff'] as Obj[]).forEach((s, i) => {
    const weekdays = s['weekdays'] as Obj | undefined;
    if (weekdays === undefined) return;
    if (!week) problems.push(`staff[${i}].weekdays without firstWeekday`);
    for (const [w, o] of Object.entries(weekdays)) {
      if (hours(w) === null) problems.push(`staff[${i}].weekdays.${w}: override on a closed weekday`);
      if (o !== 'off' && !(isObj(o) && CLOCK.test(o['start'] as string) && CLOCK.test(o['end'] as string) && Array.isArray(o['breaks']))) problems.push(`staff[${i}].weekdays.${w}: not "off" nor a shift`);
    }
  });
  return problems;
}

/** The scenario without the week and weibull keys (weibull as a gamma of the same mean), for this branch's parser. */
export function withoutWeek(scenario: Obj): Obj {
  const copy = structuredClone(scenario);
  const calendar = copy['calendar'] as Obj;
  delete calendar['firstWeekday'];
  delete calendar['weekdays'];
  for (const c of copy['customers'] as Obj[]) delete (c['arrivals'] as Obj)['weekdays'];
  for (const t of (copy['tasks'] as Obj[] | undefined) ?? []) if (t['arrivals']) delete (t['arrivals'] as Obj)['weekdays'];
  for (const s of copy['staff'] as Obj[]) delete s['weekdays'];
  const unweibull = (d: unknown): unknown => (isObj(d) && d['dist'] === 'weibull' ? { dist: 'gamma', mean: d['scale'], cv: 1 / (d['shape'] as number) } : d);
  for (const c of copy['customers'] as Obj[]) {
    c['service'] = unweibull(c['service']);
    if (c['patience']) c['patience'] = unweibull(c['patience']);
  }
  return copy;
}
