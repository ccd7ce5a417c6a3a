/** Random small offices for invariant tests: each draws every feature from its own stream. */
import type { LearningSpec, Person, Scenario, TaskClass } from '../../src/sim/scenario.js';
import { createStream } from '../../src/sim/streams.js';
import { buildScenario, customer } from './build-scenario.js';

/**
 * A random small office drawn from its own stream: mixes every feature of the model. With
 * `learning`, about half the offices also get learning curves (drawn from a stream of their own,
 * so the offices are otherwise the same as without).
 */
export function randomOffice(seed: number, patient = false, learning = false): Scenario {
  const rng = createStream(seed, 0, 'random-office');
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
  const between = (a: number, b: number) => a + rng() * (b - a);
  const int = (a: number, b: number) => Math.floor(between(a, b + 1));
  const continuous = rng() < 0.2;
  const open = continuous ? 0 : pick([480, 540, 600]);
  const close = continuous ? 1440 : open + pick([240, 480, 510]);
  const hours = Math.ceil((close - open) / 60);
  const taskNames = ['fulfil', 'accounts', 'claims'].slice(0, int(0, 3));
  const tasks: Partial<TaskClass>[] = taskNames.map((name) => ({
    name,
    service: pick([
      { dist: 'exponential', mean: between(5, 20) },
      { dist: 'gamma', mean: between(5, 20), cv: between(0.2, 1.5) },
      { dist: 'triangular', min: 2, mode: 8, max: 25 },
    ] as const),
    arrivals: rng() < 0.6 ? { perHour: [between(0.5, 4)] } : null,
    dueMinutes: rng() < 0.5 ? between(30, 300) : null,
    latePenalty: int(0, 30),
    revenue: int(0, 20),
  }));
  const customerSkills = ['front', ...(taskNames.length > 0 && rng() < 0.4 ? [taskNames[0]!] : [])];
  const customers = Array.from({ length: int(1, 3) }, (_, i) =>
    customer(`class${i}`, {
      arrivals: { perHour: rng() < 0.5 ? [between(2, 20)] : Array.from({ length: hours }, () => between(0, 25)) },
      service: pick([
        { dist: 'exponential', mean: between(2, 10) },
        { dist: 'lognormal', mean: between(2, 10), cv: between(0.3, 1.2) },
        { dist: 'uniform', min: 1, max: 9 },
        { dist: 'empirical', values: [2, 3, 5, 8] },
        { dist: 'deterministic', value: 4 },
      ] as const),
      skill: i === 0 ? 'front' : pick(customerSkills),
      patience: rng() < 0.5 && !patient ? { dist: 'exponential', mean: between(3, 30) } : null,
      balkAt: rng() < 0.3 && !patient ? int(0, 6) : null,
      revenue: int(0, 150),
      handoffs: taskNames.length > 0 && rng() < 0.7 ? [{ task: int(0, taskNames.length - 1), probability: between(0.1, 1) }] : [],
    }),
  );
  const allSkills = [...new Set([...customerSkills, ...taskNames])];
  const staff: Partial<Person>[] = [];
  const n = int(2, 8);
  for (let i = 0; i < n; i++) {
    const home = i === 0 ? 'front' : i <= taskNames.length ? taskNames[i - 1]! : pick(allSkills);
    const skills: Record<string, number> = { [home]: 1 };
    for (const s of allSkills) if (s !== home && rng() < 0.35) skills[s] = Math.round(between(0.3, 1) * 100) / 100;
    const start = continuous ? int(0, 16) * 60 : open + pick([-60, 0, 0, 60]);
    const length = continuous ? pick([480, 600, 720]) : pick([close - open, close - open, 240, 300]);
    const breaks = rng() < 0.6 && length >= 240 ? [{ at: start + Math.floor(length / 2), minutes: pick([15, 30, 45]) }] : [];
    staff.push({
      name: `person${i}`,
      home,
      area: customerSkills.includes(home) && (!taskNames.includes(home) || rng() < 0.5) ? 'front' : 'back',
      skills,
      wagePerHour: int(15, 40),
      shift: continuous && rng() < 0.3 ? null : { start, end: start + length, breaks },
      daysOff: rng() < 0.2 ? [2] : [],
      sickProbabilityPerDay: pick([0, 0, 0.1, 0.3]),
    });
  }
  if (learning) addLearning(seed, staff);
  return buildScenario({
    seed,
    calendar: { open, close, days: int(1, 3), warmupMinutes: 0 },
    customers,
    tasks,
    staff,
    absences: { interruptions: rng() < 0.5 ? { perDay: between(0.5, 3), minutes: { dist: 'exponential', mean: between(5, 20) } } : null },
    policy: {
      routing: pick(['home-first', 'longest-wait', 'priority'] as const),
      priority: rng() < 0.5 ? ['class1', 'class0'].filter((c) => customers.some((k) => k.name === c)) : [],
      frontMinimum: int(0, 2),
      coverQueueThreshold: rng() < 0.5 ? int(1, 5) : null,
      helpBackOffice: rng() < 0.7,
      switchMinutes: pick([0, 0, 2, 5]),
      closing: patient ? 'serve-queue' : pick(['serve-queue', 'turn-away'] as const),
    },
    costs: { trainingPerSkill: int(0, 2000), trainingAmortizationDays: 250, overtimeMultiplier: 1.5 },
  });
}

/**
 * Learning curves on about half the offices (issue 15), from a stream of their own so that every
 * office keeps the customers, staff and rules it had before learning existed: each skill of a
 * person gets, at random, growth, fading, both, or nothing.
 */
function addLearning(seed: number, staff: Partial<Person>[]): void {
  const rng = createStream(seed, 0, 'random-office-learning');
  if (rng() < 0.5) return;
  staff.forEach((person, i) => {
    const learning: Record<string, LearningSpec> = {};
    for (const [skill, start] of Object.entries(person.skills ?? {})) {
      const kind = Math.floor(rng() * 4);
      if (kind === 0) continue;
      const grows = kind !== 2;
      const fades = kind !== 1;
      const target = grows ? start + rng() * (1 - start) : start;
      if (grows && target <= start && !fades) continue;
      const power = rng() < 0.3;
      learning[skill] = {
        curve: power ? 'power' : 'exponential',
        target,
        timeConstantHours: grows ? 0.5 + rng() * 20 : null,
        exponent: power ? 0.3 + rng() * 2 : 1,
        forgetting: fades ? { halfLifeDays: 0.05 + rng() * 10, floor: start * (0.3 + 0.7 * rng()) } : null,
      };
    }
    if (Object.keys(learning).length > 0) staff[i] = { ...person, learning };
  });
}

