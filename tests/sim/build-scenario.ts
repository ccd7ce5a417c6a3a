/**
 * Builds normalized scenarios for model tests directly (no file parsing), with the contract's
 * defaults; tests override only what they are about.
 */
import type { CustomerClass, Person, Scenario, TaskClass } from '../../src/sim/scenario.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends object ? Mutable<T[K]> : T[K] };
export interface ScenarioParts {
  name?: string;
  seed?: number;
  replications?: number;
  calendar?: Partial<Scenario['calendar']>;
  customers?: Partial<CustomerClass>[];
  tasks?: Partial<TaskClass>[];
  staff?: Partial<Person>[];
  absences?: Partial<Scenario['absences']>;
  policy?: Partial<Scenario['policy']>;
  costs?: Partial<Scenario['costs']>;
  targets?: Partial<Scenario['targets']>;
}

export function customer(name: string, over: Partial<CustomerClass> = {}): Partial<CustomerClass> {
  return { name, ...over };
}

export function buildScenario(parts: ScenarioParts): Scenario {
  const calendar = { days: 1, open: 540, close: 1020, continuous: false, warmupMinutes: 0, ...parts.calendar };
  if (calendar.open === 0 && calendar.close === 1440) calendar.continuous = true;
  const customers: CustomerClass[] = (parts.customers ?? []).map((c, i) => ({
    name: `c${i}`,
    arrivals: { perHour: [10] },
    service: { dist: 'exponential', mean: 5 },
    skill: 'front',
    patience: null,
    balkAt: null,
    revenue: 0,
    handoffs: [],
    ...c,
  }));
  const tasks: TaskClass[] = (parts.tasks ?? []).map((k, i) => ({
    name: `t${i}`,
    skill: k.name ?? `t${i}`,
    service: { dist: 'exponential', mean: 10 },
    arrivals: null,
    dueMinutes: null,
    latePenalty: 0,
    revenue: 0,
    ...k,
  }));
  const staff: Person[] = (parts.staff ?? []).map((p, i) => {
    const home = p.home ?? 'front';
    return {
      name: `p${i}`,
      group: p.name ?? `p${i}`,
      home,
      area: customers.some((c) => c.skill === home) ? 'front' : 'back',
      skills: { [home]: 1 },
      wagePerHour: 20,
      shift: calendar.continuous ? null : { start: calendar.open, end: calendar.close, breaks: [] },
      daysOff: [],
      sickProbabilityPerDay: parts.absences?.sickProbabilityPerDay ?? 0,
      ...p,
    } as Person;
  });
  const s: Mutable<Scenario> = {
    version: 1,
    name: parts.name ?? 'test',
    seed: parts.seed ?? 1,
    replications: parts.replications ?? 1,
    calendar,
    customers: customers as Mutable<CustomerClass>[],
    tasks: tasks as Mutable<TaskClass>[],
    staff: staff as Mutable<Person>[],
    absences: { sickProbabilityPerDay: 0, interruptions: null, ...parts.absences } as Mutable<Scenario['absences']>,
    policy: {
      routing: 'home-first',
      priority: [],
      frontMinimum: 0,
      coverQueueThreshold: null,
      helpBackOffice: true,
      switchMinutes: 0,
      closing: 'serve-queue',
      ...parts.policy,
    } as Mutable<Scenario['policy']>,
    costs: { trainingPerSkill: 0, trainingAmortizationDays: 250, overtimeMultiplier: 1.5, ...parts.costs },
    targets: { serviceLevel: { withinMinutes: 5, fraction: 0.8 }, ...parts.targets } as Mutable<Scenario['targets']>,
  };
  return s as Scenario;
}

/** n identical people with the given skills. */
export function people(n: number, over: Partial<Person> = {}): Partial<Person>[] {
  return Array.from({ length: n }, (_, i) => ({ ...over, name: `${over.name ?? 'p'}#${i + 1}` }));
}
