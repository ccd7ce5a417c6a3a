/**
 * The Erlang baseline of a scenario: for each counter customer class, what Erlang C (and Erlang A,
 * when patience is exponential) predicts at the class's average arrival rate with the people at the
 * counter who can serve it, and the fewest servers that meet the service-level target; plus the
 * assumptions of those formulas the office breaks. The CLI prints it beside the simulated values and
 * the report shows it; the formulas are src/analysis/erlang.ts's.
 */
import { makeDistribution } from '../sim/distributions.js';
import { WEEKDAYS, type CustomerClass, type Person, type Scenario } from '../sim/scenario.js';
import { dayHours, dayWeekdays, daysDiffer } from '../sim/week.js';
import { erlangA, mmc, staffingEstimate, type ServiceTarget } from './erlang.js';

/** One counter class under one queueing model. */
export interface ErlangBaselineRow {
  /** Customer class name. */
  readonly customerClass: string;
  /** Which formula: `Erlang C` (no abandonment) or `Erlang A` (exponential patience). */
  readonly model: string;
  /** Average arrival rate over opening hours (customers per hour). */
  readonly arrivalsPerHour: number;
  /** Mean service time (minutes). */
  readonly serviceMinutes: number;
  /** Servers assumed: people at the counter who can serve the class. */
  readonly servers: number;
  /** Probability an arriving customer waits; null when the queue is unstable. */
  readonly probWait: number | null;
  /** Mean queue wait (minutes); null when unstable. */
  readonly waitMean: number | null;
  /** Share served within the target; null when unstable. */
  readonly serviceLevel: number | null;
  /** Erlang A only: share who abandon. */
  readonly abandonRate?: number | null;
  /** Fewest servers meeting the service-level target under the model; null if none tried does. */
  readonly serversForTarget?: number | null;
}

export interface ErlangBaseline {
  readonly rows: readonly ErlangBaselineRow[];
  /** Assumptions of the formulas that this office breaks (breaks, absences, time-varying rates...). */
  readonly notes?: readonly string[];
}

/** Opening minutes per day (the whole day in an office that never closes). */
function openMinutes(scenario: Scenario): number {
  return scenario.calendar.continuous ? 1440 : scenario.calendar.close - scenario.calendar.open;
}

/**
 * The average arrival rate per hour over the opening hours: each entry of the profile weighted by
 * the minutes of its hour that the office is open (a last, started hour counts for its part).
 */
export function averageRatePerHour(perHour: readonly number[], minutesOpen: number): number {
  if (perHour.length === 1) return perHour[0]!;
  let weighted = 0;
  let minutes = 0;
  perHour.forEach((rate, i) => {
    const m = Math.max(0, Math.min(60, minutesOpen - 60 * i));
    weighted += rate * m;
    minutes += m;
  });
  return minutes > 0 ? weighted / minutes : 0;
}

/** The average arrival rate per open hour over the whole run, when days differ (weekdays, closed days). */
function runAverageRatePerHour(scenario: Scenario, c: CustomerClass): number {
  const weekdays = dayWeekdays(scenario.calendar);
  let expected = 0;
  let minutes = 0;
  dayHours(scenario.calendar).forEach((h, d) => {
    if (h === null) return;
    const open = h.close - h.open;
    const profile = weekdays === null || c.arrivals.weekdays === undefined ? c.arrivals.perHour : c.arrivals.weekdays[WEEKDAYS.indexOf(weekdays[d]!)]!;
    expected += (averageRatePerHour(profile, open) * open) / 60;
    minutes += open;
  });
  return minutes > 0 ? expected / (minutes / 60) : 0;
}

/** People who serve the class: holders of its skill posted at the counter, else any holder (called over). */
function serversOf(scenario: Scenario, c: CustomerClass): { people: Person[]; calledOver: boolean } {
  const holders = scenario.staff.filter((p) => Object.hasOwn(p.skills, c.skill));
  const atCounter = holders.filter((p) => p.area === 'front');
  return atCounter.length > 0 ? { people: atCounter, calledOver: false } : { people: holders, calledOver: holders.length > 0 };
}

function names(list: readonly string[], max = 4): string {
  return list.length <= max ? list.join(', ') : `${list.slice(0, max).join(', ')} and ${list.length - max} more`;
}

function percent(p: number): string {
  return `${Number((p * 100).toPrecision(3))}%`;
}

/**
 * Fewest servers meeting the target under the model; null when the target cannot be expressed
 * (a fraction of 0 or 1) or would need an absurd number of servers.
 */
function serversForTarget(lambda: number, mu: number, target: ServiceTarget, theta?: number): number | null {
  if (!(target.fraction > 0 && target.fraction < 1) || !Number.isFinite(mu)) return null;
  try {
    return staffingEstimate(lambda, mu, target, theta).servers;
  } catch {
    return null;
  }
}

/**
 * The rows for one class: Erlang C always, Erlang A too when patience is exponential. Each figure
 * is the one the simulator's per-class metric measures: the wait and P(wait) of served customers,
 * and the share of arrivals served within the target.
 */
function classRows(scenario: Scenario, c: CustomerClass): ErlangBaselineRow[] {
  const { people } = serversOf(scenario, c);
  const servers = people.length;
  const proficiency = servers === 0 ? 1 : people.reduce((sum, p) => sum + p.skills[c.skill]!, 0) / servers;
  const arrivalsPerHour = daysDiffer(scenario.calendar) ? runAverageRatePerHour(scenario, c) : averageRatePerHour(c.arrivals.perHour, openMinutes(scenario));
  const serviceMinutes = makeDistribution(c.service).mean / proficiency;
  const lambda = arrivalsPerHour / 60;
  const mu = serviceMinutes > 0 ? 1 / serviceMinutes : Infinity;
  const target = scenario.targets.serviceLevel;
  const common = { customerClass: c.name, arrivalsPerHour, serviceMinutes, servers };
  // A class with nothing to serve or instant service has no queue to predict.
  if (lambda === 0 || !Number.isFinite(mu)) {
    return [{ ...common, model: 'Erlang C', probWait: 0, waitMean: 0, serviceLevel: 1, serversForTarget: 0 }];
  }
  const stable = servers > 0 && lambda < servers * mu;
  const erlangC = stable ? mmc(lambda, mu, servers) : null;
  const rows: ErlangBaselineRow[] = [
    {
      ...common,
      model: 'Erlang C',
      probWait: erlangC?.probWait ?? null,
      waitMean: erlangC?.waitMean ?? null,
      serviceLevel: erlangC === null ? null : erlangC.serviceLevel(target.withinMinutes),
      serversForTarget: serversForTarget(lambda, mu, target),
    },
  ];
  if (c.patience?.dist === 'exponential' && c.patience.mean > 0 && servers > 0) {
    const theta = 1 / c.patience.mean;
    const a = erlangA(lambda, mu, theta, servers);
    rows.push({
      ...common,
      model: 'Erlang A',
      probWait: a.probWaitServed,
      waitMean: a.waitMeanServed,
      serviceLevel: a.serviceLevel(target.withinMinutes),
      abandonRate: a.abandonProb,
      serversForTarget: serversForTarget(lambda, mu, target, theta),
    });
  }
  return rows;
}

/** Which assumptions of the formulas (steady Poisson rate, exponential service, identical servers always at the counter) this office breaks. */
export function brokenAssumptions(scenario: Scenario): string[] {
  const notes: string[] = [];
  const customers = scenario.customers;
  if (customers.length === 0) return notes;
  const counterSkills = new Set(customers.map((c) => c.skill));
  const counterPeople = scenario.staff.filter((p) => p.area === 'front');

  const varying = customers.filter((c) => new Set(c.arrivals.perHour).size > 1).map((c) => c.name);
  if (varying.length > 0) {
    notes.push(`Time-varying arrival rates (${names(varying)}): the formulas use the day's average, so the peaks wait longer than they show.`);
  }
  if (daysDiffer(scenario.calendar)) {
    notes.push(
      'Days that differ (weekday hours, rates or shifts; closed days): the formulas use the average rate over the open hours of the run, so the busy weekdays wait longer than they show.',
    );
  }
  if (!scenario.calendar.continuous) {
    notes.push('Opening hours: each day starts with an empty queue and ends at closing, not a steady state.');
  }
  const withBreaks = counterPeople.filter((p) => (p.shift?.breaks.length ?? 0) > 0).map((p) => p.name);
  if (withBreaks.length > 0) notes.push(`Breaks (${names(withBreaks)}): fewer people at the counter while they are away.`);
  const open = scenario.calendar;
  const partShifts = open.continuous
    ? []
    : counterPeople.filter((p) => p.shift !== null && (p.shift.start > open.open || p.shift.end < open.close)).map((p) => p.name);
  if (partShifts.length > 0) notes.push(`Shifts that do not span the opening hours (${names(partShifts)}).`);
  const daysOff = counterPeople.filter((p) => p.daysOff.length > 0).map((p) => p.name);
  if (daysOff.length > 0) notes.push(`Days off (${names(daysOff)}): fewer people at the counter on those days.`);
  const sick = counterPeople.filter((p) => p.sickProbabilityPerDay > 0);
  const interruptions = scenario.absences.interruptions;
  if (sick.length > 0 || interruptions !== null) {
    const parts: string[] = [];
    if (sick.length > 0) parts.push(`sick days (up to ${percent(Math.max(...sick.map((p) => p.sickProbabilityPerDay)))} of person-days)`);
    if (interruptions !== null) parts.push(`${interruptions.perDay} interruptions per person-day`);
    notes.push(`Absences: ${parts.join(' and ')}; the formulas assume everyone is always there.`);
  }
  const impatient = customers.filter((c) => c.patience !== null);
  const notExponential = impatient.filter((c) => c.patience!.dist !== 'exponential').map((c) => c.name);
  if (notExponential.length > 0) {
    notes.push(`Abandonment with non-exponential patience (${names(notExponential)}): Erlang A does not apply and Erlang C ignores abandonment.`);
  } else if (impatient.length > 0) {
    notes.push(`Abandonment (${names(impatient.map((c) => c.name))}): Erlang C ignores it (waits longer than simulated); Erlang A models it.`);
  }
  const balking = customers.filter((c) => c.balkAt !== null).map((c) => c.name);
  if (balking.length > 0) notes.push(`Balking (${names(balking)}): customers who see a long queue do not join.`);
  const nonExponential = customers
    .map((c) => ({ c, d: makeDistribution(c.service) }))
    .filter(({ d }) => d.mean > 0 && Math.abs(d.variance / (d.mean * d.mean) - 1) > 0.01)
    .map(({ c, d }) => `${c.name} cv ${Number(Math.sqrt(d.variance) / d.mean).toFixed(2)}`);
  if (nonExponential.length > 0) {
    notes.push(`Service times not exponential (${names(nonExponential)}): waits scale roughly with (1 + cv²)/2.`);
  }
  if (counterSkills.size < customers.length || customers.some((c) => serversOf(scenario, c).people.some((p) => customers.some((o) => o !== c && p.skills[o.skill] !== undefined)))) {
    notes.push('Counter staff serve several classes: each row counts every server as its own.');
  }
  const profs = new Set(counterPeople.flatMap((p) => [...counterSkills].map((s) => p.skills[s]).filter((x) => x !== undefined)));
  if (profs.size > 1) notes.push('Servers differ in speed (proficiency): the rows use the average.');
  const calledOver = customers.filter((c) => serversOf(scenario, c).calledOver).map((c) => c.name);
  if (calledOver.length > 0) notes.push(`Served by people called from the back office (${names(calledOver)}).`);
  const policy = scenario.policy;
  const cover: string[] = [];
  if (policy.frontMinimum > 0) cover.push(`a counter minimum of ${policy.frontMinimum}`);
  if (policy.coverQueueThreshold !== null) cover.push(`cover at ${policy.coverQueueThreshold} waiting`);
  const helpers = policy.helpBackOffice
    ? scenario.staff.filter((p) => p.area === 'front' && Object.keys(p.skills).some((s) => scenario.tasks.some((t) => t.skill === s)))
    : [];
  if (helpers.length > 0) cover.push(`counter staff helping the back office (${names(helpers.map((p) => p.name))})`);
  if (cover.length > 0) notes.push(`Cover moves (${cover.join('; ')}): the number of people at the counter changes during the day.`);
  return notes;
}

/** The baseline of every counter class and the assumptions the office breaks. */
export function erlangBaseline(scenario: Scenario): ErlangBaseline {
  return {
    rows: scenario.customers.flatMap((c) => classRows(scenario, c)),
    notes: brokenAssumptions(scenario),
  };
}
