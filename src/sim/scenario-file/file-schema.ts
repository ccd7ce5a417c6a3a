/**
 * The zod schema of the scenario file format, version 1 (scenario-format.md), with every default of the
 * contract. It checks each value on its own (types, ranges, unknown keys, distribution parameters);
 * rules that relate values to each other (skills held, handoff targets, breaks inside shifts, ...)
 * live in checks.ts. Descriptions become the editor help of scenarios/schema.json.
 *
 * Rules with messages of the form "must ..." are completed by issues.ts into
 * `<key> must ..., got <value>`; messages of custom issues are complete sentences.
 */
import { z } from 'zod';
import { LIMITS } from './limits.js';
import { clockPattern, endClockPattern } from './clock.js';
import { nameProblem } from './text-safety.js';
import { WEEKDAYS, type Weekday } from '../scenario.js';
import { weekdayName } from '../week.js';
import { logGamma } from '../log-gamma.js';
import { exp } from '../math.js';

const CLOCK_RULE = 'must be a clock time "HH:MM" from 00:00 to 23:59';
const END_CLOCK_RULE = 'must be a clock time "HH:MM" from 00:00 to 24:00';
const PROFICIENCY_RULE = 'must be in (0, 1]';
const PROBABILITY_RULE = 'must be in [0, 1]';

const clock = z.string(CLOCK_RULE).regex(clockPattern, CLOCK_RULE);
const endClock = z.string(END_CLOCK_RULE).regex(endClockPattern, END_CLOCK_RULE);


/** A mapping with any of the weekday keys (mon..sun), each holding `value` (`what` it is, for the help); unknown keys are errors. */
function perWeekday<T extends z.ZodType>(value: T, what: string) {
  const shape = {} as Record<Weekday, z.ZodOptional<T>>;
  for (const day of WEEKDAYS) shape[day] = value.optional().describe(`${weekdayName(day)}: ${what}`);
  return z.strictObject(shape);
}

/** A name shown on screens and used as a key: no control or bidi formatting characters, not `__proto__`. */
function usableName(schema: z.ZodString) {
  return schema.superRefine((s, ctx) => {
    const problem = nameProblem(s);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
  });
}

function nameOf(maxLength: number) {
  return usableName(z.string().min(1, 'must not be empty').max(maxLength)).refine((s) => s.trim() === s, 'must not start or end with spaces');
}
const className = nameOf(LIMITS.nameLength);
const skillName = nameOf(LIMITS.nameLength);
const staffName = nameOf(LIMITS.nameLength).refine(
  (s) => !s.includes('#'),
  'must not contain "#" (reserved for group members such as ana#1)',
);

const probability = z.number().min(0, PROBABILITY_RULE).max(1, PROBABILITY_RULE);
const proficiency = z.number().gt(0, PROFICIENCY_RULE).lte(1, PROFICIENCY_RULE);
const money = z.number().min(0).max(LIMITS.money);
const positiveMinutes = z.number().gt(0).max(LIMITS.minutes);
const minutes = z.number().min(0).max(LIMITS.minutes);
const cv = z.number().min(0).max(LIMITS.cv);

// ---------------------------------------------------------------------------------------------
// Distributions

const exponential = z
  .strictObject({
    dist: z.literal('exponential'),
    mean: positiveMinutes.describe('Mean in minutes (> 0).'),
  })
  .describe('Exponential (memoryless; coefficient of variation 1): {dist: exponential, mean}.');

const deterministic = z
  .strictObject({
    dist: z.literal('deterministic'),
    value: minutes.describe('The fixed value in minutes (>= 0).'),
  })
  .describe('Always the same value: {dist: deterministic, value}. A bare number means the same.');

const lognormal = z
  .strictObject({
    dist: z.literal('lognormal'),
    mean: positiveMinutes.describe('Mean in minutes (> 0).'),
    cv: cv.describe('Coefficient of variation: standard deviation / mean (>= 0).'),
  })
  .describe('Lognormal with the given mean and coefficient of variation: {dist: lognormal, mean, cv}.');

const gamma = z
  .strictObject({
    dist: z.literal('gamma'),
    mean: positiveMinutes.describe('Mean in minutes (> 0).'),
    cv: cv.describe('Coefficient of variation: standard deviation / mean (>= 0; 1 = exponential).'),
  })
  .describe('Gamma with the given mean and coefficient of variation: {dist: gamma, mean, cv}.');

const WEIBULL_SHAPE_RULE = `must be > 0 and at most ${LIMITS.weibullShape}`;

const weibull = z
  .strictObject({
    dist: z.literal('weibull'),
    shape: z
      .number()
      .gt(0, WEIBULL_SHAPE_RULE)
      .max(LIMITS.weibullShape, WEIBULL_SHAPE_RULE)
      .describe('Shape k (> 0): below 1 more short and very long times than exponential, 1 = exponential, above 1 bunched around the mean.'),
    scale: positiveMinutes.describe('Scale in minutes (> 0); the mean is scale · Γ(1 + 1/shape).'),
  })
  .superRefine((d, ctx) => {
    // A small shape makes the mean explode (shape 0.1: 3.6 million times the scale). Checked once
    // both parameters are valid (zod runs this even after a field's own rule failed).
    if (!(d.shape > 0 && d.shape <= LIMITS.weibullShape && d.scale > 0)) return;
    const mean = d.scale * exp(logGamma(1 + 1 / d.shape));
    if (!(mean <= LIMITS.minutes)) {
      ctx.addIssue({
        code: 'custom',
        path: ['scale'],
        message: `the mean scale · Γ(1 + 1/shape) must be at most ${LIMITS.minutes} minutes, got ${mean.toPrecision(4)} (shape ${d.shape}, scale ${d.scale})`,
      });
    }
  })
  .describe('Weibull with shape k and scale in minutes: {dist: weibull, shape, scale}; mean = scale · Γ(1 + 1/shape).');

const triangular = z
  .strictObject({
    dist: z.literal('triangular'),
    min: minutes.describe('Smallest value in minutes.'),
    mode: minutes.describe('Most likely value in minutes (min <= mode <= max).'),
    max: minutes.describe('Largest value in minutes.'),
  })
  .superRefine((d, ctx) => {
    if (d.min > d.max) {
      ctx.addIssue({ code: 'custom', path: ['max'], message: `max must be >= min (${d.min}), got ${d.max}` });
    } else if (d.mode < d.min) {
      ctx.addIssue({ code: 'custom', path: ['mode'], message: `mode must be >= min (${d.min}), got ${d.mode}` });
    } else if (d.mode > d.max) {
      ctx.addIssue({ code: 'custom', path: ['mode'], message: `mode must be <= max (${d.max}), got ${d.mode}` });
    }
  })
  .describe('Triangular between min and max, peaking at mode: {dist: triangular, min, mode, max}.');

const uniform = z
  .strictObject({
    dist: z.literal('uniform'),
    min: minutes.describe('Smallest value in minutes.'),
    max: minutes.describe('Largest value in minutes (>= min).'),
  })
  .superRefine((d, ctx) => {
    if (d.min > d.max) {
      ctx.addIssue({ code: 'custom', path: ['max'], message: `max must be >= min (${d.min}), got ${d.max}` });
    }
  })
  .describe('Uniform between min and max: {dist: uniform, min, max}.');

const empirical = z
  .strictObject({
    dist: z.literal('empirical'),
    values: z
      .array(minutes)
      .min(1, 'must list at least one value')
      .max(LIMITS.empiricalValues)
      .describe('Observed values in minutes; each draw picks one of them with equal probability.'),
  })
  .describe('Resampling of observed values: {dist: empirical, values: [...]}.');

const distributionObject = z.discriminatedUnion('dist', [
  exponential,
  deterministic,
  lognormal,
  gamma,
  weibull,
  triangular,
  uniform,
  empirical,
]);

/** A duration distribution in minutes: a bare number (fixed value) or a `{dist: ...}` mapping. */
export const distribution = z
  .union([minutes, distributionObject], {
    error: 'must be a number of minutes or a distribution such as {dist: exponential, mean: 10}',
  })
  .meta({
    id: 'Distribution',
    description:
      'Minutes: a bare number (always that value) or {dist: exponential, mean}, {dist: deterministic, value}, ' +
      '{dist: lognormal, mean, cv}, {dist: gamma, mean, cv}, {dist: weibull, shape, scale}, {dist: triangular, min, mode, max}, ' +
      '{dist: uniform, min, max}, {dist: empirical, values: [...]}.',
  });

// ---------------------------------------------------------------------------------------------
// Arrivals

const rate = z.number().min(0).max(LIMITS.perHour);

/** A constant hourly rate, or one rate per opening hour counted from `calendar.open`. */
export const hourlyRates = z
  .union([rate, z.array(rate).min(1, 'must list at least one rate').max(24)], {
    error: 'must be a rate per hour or a list of rates, one per opening hour',
  })
  .meta({
    id: 'HourlyRates',
    description:
      'Arrivals per hour (Poisson): a constant rate, or a list with one rate per opening hour counted from ' +
      'calendar.open (exactly as many entries as opening hours, a started hour counting as one; 24 in an ' +
      'office that never closes).',
  });

const factor = z
  .number()
  .min(0)
  .max(LIMITS.weekdayFactor)
  .describe("Multiplier on the base arrivals that weekday (1.3 = 30% more; 0 = none), over that weekday's opening hours.");

const customerWeekday = z
  .strictObject({
    factor: factor.optional(),
    perHour: hourlyRates
      .optional()
      .describe("That weekday's own profile: a constant rate, or one rate per opening hour counted from that weekday's opening."),
  })
  .superRefine((a, ctx) => {
    const given = [a.factor, a.perHour].filter((v) => v !== undefined).length;
    if (given !== 1) ctx.addIssue({ code: 'custom', message: 'give factor (a multiplier on the base profile) or perHour (that weekday\'s profile), one of them' });
  });

const taskWeekday = z
  .strictObject({
    factor: factor.optional(),
    perDay: z.number().min(0).max(LIMITS.perDay).optional().describe("Tasks that weekday, spread evenly over its opening hours."),
    perHour: hourlyRates
      .optional()
      .describe("That weekday's own profile: a constant rate, or one rate per opening hour counted from that weekday's opening."),
  })
  .superRefine((a, ctx) => {
    const given = [a.factor, a.perDay, a.perHour].filter((v) => v !== undefined).length;
    if (given !== 1) ctx.addIssue({ code: 'custom', message: 'give factor (a multiplier on the base workload), perDay or perHour, one of them' });
  });

const arrivalWeekdaysHelp =
  'Per weekday (needs calendar.firstWeekday): {factor: 1.3} multiplies the base arrivals that weekday, or a profile of ' +
  "its own counted from that weekday's opening; unlisted weekdays use the base arrivals.";

const customerArrivals = z.strictObject({
  perHour: hourlyRates.describe('Customers per hour: a constant rate, or one rate per opening hour counted from calendar.open.'),
  weekdays: perWeekday(customerWeekday, '{factor} or {perHour} for that weekday.').optional().describe(arrivalWeekdaysHelp),
});

export const taskArrivals = z
  .strictObject({
    perDay: z
      .number()
      .min(0)
      .max(LIMITS.perDay)
      .optional()
      .describe('Tasks per day, arriving as a Poisson process at a constant rate over the opening hours.'),
    perHour: hourlyRates
      .optional()
      .describe('Tasks per hour while open: a constant rate, or one rate per opening hour counted from calendar.open.'),
    weekdays: perWeekday(taskWeekday, '{factor}, {perDay} or {perHour} for that weekday.').optional().describe(arrivalWeekdaysHelp),
  })
  .superRefine((a, ctx) => {
    if (a.perDay === undefined && a.perHour === undefined) {
      ctx.addIssue({ code: 'custom', message: 'arrivals needs perDay (tasks per day) or perHour (tasks per opening hour)' });
    } else if (a.perDay !== undefined && a.perHour !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['perHour'], message: 'give perDay or perHour, not both' });
    }
  });

// ---------------------------------------------------------------------------------------------
// Work: customers and tasks

const handoff = z.strictObject({
  task: className.describe('Name of the task (in tasks) that a served customer of this class creates.'),
  probability: probability.describe('Chance in [0, 1] that a served customer creates this task.'),
});

export const customerSchema = z.strictObject({
  name: className.describe('Class name, unique among customer classes and tasks (e.g. sale, complaint).'),
  arrivals: customerArrivals.describe('Arrivals while the office is open: {perHour: rate} or {perHour: [rate per opening hour]}.'),
  service: distribution.describe('Work content in minutes at proficiency 1.0; a person works it in content / proficiency.'),
  skill: skillName
    .default('front')
    .describe('Skill needed to serve this class. It may be a back-office skill (paperwork): someone holding it is called over.'),
  patience: distribution
    .optional()
    .describe('Minutes a customer waits before giving up (abandoning). Leave out: never abandons.'),
  balkAt: z
    .int()
    .min(0)
    .max(LIMITS.queueLength)
    .optional()
    .describe('Does not join when this many of its class are waiting; 0 = whoever would have to wait leaves (a loss system).'),
  revenue: money.default(0).describe('Earned when served; lost when abandoned, balked or turned away.'),
  handoffs: z
    .array(handoff)
    .max(LIMITS.handoffsPerClass)
    .default([])
    .describe('Back-office tasks a served customer creates, each independently with its probability.'),
});

export const taskSchema = z.strictObject({
  name: className.describe('Task name, unique among customer classes and tasks (e.g. fulfilment).'),
  skill: skillName.optional().describe("Skill needed to work on this task; default: the task's name."),
  service: distribution.describe('Work content in minutes at proficiency 1.0; a person works it in content / proficiency.'),
  arrivals: taskArrivals
    .optional()
    .describe('Internal workload besides handoffs: {perDay: n} (Poisson over the opening hours) or {perHour: ...}. Leave out: only handoffs.'),
  dueMinutes: positiveMinutes.optional().describe("Due this many calendar minutes after the task's arrival. Leave out: no due time."),
  latePenalty: money.default(0).describe('Charged per task completed after its due time.'),
  revenue: money.default(0).describe('Earned when completed.'),
});

// ---------------------------------------------------------------------------------------------
// Learning: skills that grow with practice and fade without it (issue 15)

export const LEARNING_CURVES = ['exponential', 'power'] as const;

const forgettingSchema = z
  .strictObject({
    halfLifeDays: z
      .number()
      .gt(0)
      .max(LIMITS.days * 10)
      .describe('Days without practice after which the proficiency above the floor has halved (> 0; calendar days).'),
    floor: proficiency.describe('Proficiency in (0, 1] the skill never fades below; at most the starting proficiency.'),
  })
  .describe('How a skill fades when not practised: half-life in days, down to a floor.');

/**
 * One learning curve, office-wide (`learning`) or for one person and skill (`staff[].learning.<skill>`,
 * each key given there overriding the office-wide one). No defaults here: normalize.ts merges the two
 * levels and fills them in.
 */
export const learningSchema = z
  .strictObject({
    curve: z
      .enum(LEARNING_CURVES)
      .optional()
      .describe(
        'Form of the curve: exponential (default; the gap to the target shrinks by a factor e every timeConstantHours of ' +
          'practice) or power (the gap is (start gap) x (1 + hours / timeConstantHours)^-exponent).',
      ),
    target: proficiency
      .optional()
      .describe('Proficiency in (0, 1] that practice tends to; default 1.0; at least the starting proficiency. Needs timeConstantHours.'),
    timeConstantHours: z
      .number()
      .gt(0)
      .max(LIMITS.minutes)
      .optional()
      .describe('Time constant of the curve in hours of practice (> 0): time serving work that needs the skill. Leave out: the skill does not grow.'),
    exponent: z
      .number()
      .gt(0)
      .max(100)
      .optional()
      .describe('Exponent of the power curve (> 0; default 1, the hyperbolic curve); only with curve: power.'),
    forgetting: forgettingSchema.optional(),
  })
  .meta({
    id: 'Learning',
    description:
      'How skills grow with practice and fade without it: {timeConstantHours, target, curve, exponent, forgetting: {halfLifeDays, floor}}. ' +
      'The starting proficiency is the number in skills.',
  });

// ---------------------------------------------------------------------------------------------
// Staff

const breakSchema = z.strictObject({
  at: clock.describe('Clock time the break starts ("HH:MM"); it must lie inside the shift.'),
  minutes: z.number().gt(0).max(1440).describe('Length of the break in minutes (paid).'),
});

export const shiftSchema = z.strictObject({
  start: clock.optional().describe('Clock time the shift starts; default: calendar.open.'),
  end: endClock
    .optional()
    .describe('Clock time the shift ends; earlier than start = the shift crosses midnight; default: calendar.close.'),
  breaks: z
    .array(breakSchema)
    .max(LIMITS.breaksPerShift)
    .default([])
    .describe('Breaks inside the shift, e.g. [{at: "12:00", minutes: 30}]; they must not overlap.'),
});

export const personSchema = z.strictObject({
  name: staffName.describe('Name of the person, or of a group when count is given (members name#1, name#2, ...).'),
  count: z
    .int()
    .min(1)
    .max(LIMITS.groupCount)
    .optional()
    .describe('Makes a group of identical people named name#1 .. name#count.'),
  home: skillName.describe('Home skill: the work this person does by default. Some customer class or task must need it.'),
  area: z
    .enum(['front', 'back'])
    .optional()
    .describe(
      'Home area: front (the counter) or back (back office). Required when both customers and tasks need the home ' +
        'skill; otherwise front if customers need it, back if tasks do.',
    ),
  skills: z
    .record(skillName, proficiency.describe('Proficiency in (0, 1]: work time = content / proficiency; 1.0 = expert.'))
    .refine((s) => Object.keys(s).length <= LIMITS.skillsPerPerson, `must list at most ${LIMITS.skillsPerPerson} skills`)
    .default({})
    .describe('Skills held, with proficiency in (0, 1], e.g. {front: 1.0, fulfilment: 0.6}. The home skill is added at 1.0 if missing.'),
  wagePerHour: money.default(0).describe('Wage per rostered hour; overtime pays costs.overtimeMultiplier times this.'),
  shift: shiftSchema
    .optional()
    .describe(
      'Working hours on each rostered day, with breaks. Default: the opening hours; in an office that never ' +
        'closes, on duty around the clock.',
    ),
  weekdays: perWeekday(
    z.union([z.literal('off', { error: 'must be "off" (not rostered that weekday) or a shift such as {start: "09:00", end: "13:00"}' }), shiftSchema], {
      error: 'must be a shift such as {start: "09:00", end: "13:00"} or "off" (not rostered that weekday)',
    }),
    'the shift that weekday, or "off".',
  )
    .optional()
    .describe(
      'Per weekday (needs calendar.firstWeekday): a shift of its own ({start, end, breaks}; start and end default to ' +
        'that weekday\'s opening hours) or "off" (not rostered, unpaid). Unlisted weekdays use shift.',
    ),
  daysOff: z
    .array(z.int().min(1).max(LIMITS.days))
    .max(LIMITS.days)
    .default([])
    .describe('Day numbers (1-based, up to calendar.days) this person is not rostered (unpaid).'),
  sickProbabilityPerDay: probability
    .optional()
    .describe('Chance in [0, 1] of being sick on a rostered day; overrides absences.sickProbabilityPerDay.'),
  learning: z
    .record(
      skillName,
      // A string must be "fixed"; anything but a string or a mapping gets the union's own rule.
      z.union([z
            .string()
            .pipe(z.literal('fixed', 'must be "fixed" or a learning curve such as {timeConstantHours: 40}'))
            .meta({ enum: ['fixed'], description: '"fixed": the skill keeps its proficiency in skills.' }), learningSchema], {
        error: 'must be a learning curve such as {timeConstantHours: 40, target: 1} or "fixed"',
      }),
    )
    .optional()
    .describe(
      'Per skill held: how it grows and fades, overriding the office-wide learning section key by key; "fixed" keeps ' +
        'the skill at its proficiency in skills. Leave out: the office-wide section, if any, applies to every skill.',
    ),
});

// ---------------------------------------------------------------------------------------------
// Calendar, absences, policy, costs, targets

export const calendarSchema = z.strictObject({
  days: z
    .int()
    .min(1)
    .max(LIMITS.days)
    .default(1)
    .describe('Consecutive working days per replication; unfinished back-office work carries over.'),
  open: clock.default('09:00').describe('Opening time "HH:MM".'),
  close: endClock
    .default('17:00')
    .describe('Closing time "HH:MM", after open; open "00:00" with close "24:00" = an office that never closes.'),
  warmupMinutes: minutes
    .default(0)
    .describe('Minutes after the first opening left out of every statistic (once per replication).'),
  firstWeekday: z
    .enum(WEEKDAYS)
    .optional()
    .describe('Weekday of day 1 (mon, tue, wed, thu, fri, sat, sun). Setting it turns the week on: days follow the week, results name weekdays.'),
  weekdays: perWeekday(
    z.union(
      [
        z.literal('closed', { error: 'must be "closed" or opening hours such as {open: "09:00", close: "13:00"}' }),
        z.strictObject({
          open: clock.optional().describe('Opening time that weekday; default calendar.open.'),
          close: endClock.optional().describe('Closing time that weekday; default calendar.close.'),
        }),
      ],
      { error: 'must be opening hours such as {open: "09:00", close: "13:00"} or "closed"' },
    ),
    'opening hours {open, close} that weekday, or "closed".',
  )
    .optional()
    .describe('Opening hours per weekday (needs firstWeekday): {open, close} or "closed" (no opening, nobody rostered, no arrivals). Unlisted weekdays use open and close.'),
  closedDays: z
    .array(z.int().min(1).max(LIMITS.days))
    .max(LIMITS.days)
    .optional()
    .describe('Holidays: day numbers (1-based, up to days) on which the office is closed like a closed weekday. Works without firstWeekday.'),
});

const absencesSchema = z.strictObject({
  sickProbabilityPerDay: probability
    .default(0)
    .describe('Chance in [0, 1] that a person is sick on a rostered day, independently per person-day.'),
  interruptions: z
    .strictObject({
      perDay: z
        .number()
        .min(0)
        .max(LIMITS.interruptionsPerDay)
        .describe('Mean number of interruptions per person-day (Poisson over the shift).'),
      minutes: distribution.describe('Length of one interruption in minutes.'),
    })
    .optional()
    .describe('Short interruptions (phone, errands) during the shift. Leave out: none.'),
});

export const policySchema = z.strictObject({
  routing: z
    .enum(['home-first', 'longest-wait', 'priority'])
    .default('home-first')
    .describe(
      'What a person who becomes free picks: home-first (longest-waiting of the home skill, else others), ' +
        'longest-wait (longest-waiting of all), priority (first class in policy.priority with someone waiting).',
    ),
  priority: z
    .array(className)
    .max(LIMITS.customerClasses + LIMITS.taskTypes)
    .default([])
    .describe('Class names (customers and tasks) in order for routing: priority; unlisted classes follow in file order.'),
  frontMinimum: z
    .int()
    .min(0)
    .max(LIMITS.staffMembers)
    .default(0)
    .describe('Cover when fewer people than this are available at the counter; 0 = off.'),
  coverQueueThreshold: z
    .int()
    .min(1)
    .max(LIMITS.queueLength)
    .optional()
    .describe('Cover when a counter class has this many or more waiting. Leave out: off.'),
  helpBackOffice: z
    .boolean()
    .default(true)
    .describe('Idle counter staff holding a back-office skill help there while nobody waits at the counter.'),
  switchMinutes: z
    .number()
    .min(0)
    .max(1440)
    .default(0)
    .describe('Minutes to move between the counter and the back office, serving nobody meanwhile.'),
  closing: z
    .enum(['serve-queue', 'turn-away'])
    .default('serve-queue')
    .describe('At closing: serve-queue (people present serve the waiting queue in overtime) or turn-away.'),
});

const costsSchema = z.strictObject({
  trainingPerSkill: money.default(0).describe('One-off training cost per skill held beyond the home skill.'),
  trainingAmortizationDays: z
    .number()
    .gt(0)
    .max(LIMITS.minutes)
    .default(250)
    .describe('Training cost is charged per simulated day as cost / this.'),
  overtimeMultiplier: z
    .number()
    .min(0)
    .max(LIMITS.overtimeMultiplier)
    .default(1.5)
    .describe('Overtime minutes are paid at this multiple of the wage.'),
});

const targetsSchema = z.strictObject({
  serviceLevel: z
    .strictObject({
      withinMinutes: minutes.default(5).describe('Wait limit in minutes for the service level.'),
      fraction: probability.default(0.8).describe('Target share of arrivals served within withinMinutes.'),
    })
    .prefault({})
    .describe('Service level target: share of arrivals served within a wait limit.'),
});

// ---------------------------------------------------------------------------------------------
// Planning (issues 10 and 11): choices for the planners, never read by the simulator

const metricKey = z.string().min(1, 'must not be empty').max(LIMITS.nameLength * 2 + 32);
const budgetCount = z.int().min(0, 'must be 0 or more').max(LIMITS.staffMembers * LIMITS.skillsPerPerson);

export const trainingPlanningSchema = z
  .strictObject({
    maxTrainings: budgetCount
      .optional()
      .describe('Budget: at most this many new (person, skill) pairs; a group counts once per member. Leave out: no limit by count.'),
    maxCost: money.optional().describe('Budget: at most this one-off training cost in total, in the scenario currency. Leave out: no limit by cost.'),
    objective: metricKey
      .default('profit')
      .describe('The metric to improve, in its natural direction (profit up, front.waitMean down, ...): a metric key as `run --json` prints it.'),
    constraints: z
      .array(
        z
          .strictObject({
            metric: metricKey.describe('A metric key as `run --json` prints it.'),
            atLeast: z.number().optional().describe('The plan must keep the metric at or above this (per day for totals, as tables show).'),
            atMost: z.number().optional().describe('The plan must keep the metric at or below this (per day for totals, as tables show).'),
          })
          .refine((c) => (c.atLeast === undefined) !== (c.atMost === undefined), 'must give exactly one of atLeast and atMost'),
      )
      .max(32)
      .default([])
      .describe('Conditions every recommended plan must meet (on the mean), e.g. [{metric: front.serviceLevel, atLeast: 0.8}].'),
    candidates: z
      .strictObject({
        people: z.array(staffName).max(LIMITS.staffMembers).optional().describe('Only these people (staff entries; a group trains as a whole).'),
        skills: z.array(skillName).max(LIMITS.skillsPerPerson).optional().describe('Only these skills.'),
        proficiency: proficiency.optional().describe('Proficiency after training for every candidate without its own; default 0.7.'),
        pairs: z
          .array(
            z.strictObject({
              person: staffName.describe('A staff entry (a group trains as a whole).'),
              skill: skillName.describe('A skill some customer class or task needs.'),
              cost: money.optional().describe('One-off cost of this training per person; default costs.trainingPerSkill.'),
              proficiency: proficiency.optional().describe('Proficiency after training, in (0, 1]; default 0.7.'),
            }),
          )
          .max(LIMITS.staffMembers * LIMITS.skillsPerPerson)
          .optional()
          .describe('Exactly these (person, skill) pairs, with their own cost and proficiency.'),
      })
      .optional()
      .describe('Which trainings may be proposed. Leave out: every skill a person lacks that some customer class or task needs.'),
    indifferenceZone: z
      .number()
      .gt(0)
      .optional()
      .describe('The smallest objective difference worth telling apart (per day for totals), for the final ranking-and-selection. Default: see the README.'),
  })
  .describe('The cross-training planner (office-sim plan-training, "Who should I train?").');

const breakRuleSchema = z.strictObject({
  after: minutes.describe('Earliest start of the break, in minutes after the shift starts.'),
  within: minutes
    .default(120)
    .describe('Width of the window in minutes: the break starts between `after` and `after + within` minutes into the shift.'),
  minutes: z.number().gt(0).max(480).describe('Length of the break in minutes (paid, like every break).'),
  fromLength: minutes
    .default(0)
    .describe('The rule applies to shifts at least this many minutes long; default 0: every shift long enough to hold the break.'),
});

export const shiftPlanningSchema = z.strictObject({
  slotMinutes: z
    .union([z.literal(15), z.literal(30)])
    .optional()
    .describe('Length of a planning slot, 15 or 30 minutes; default 30 (the command line\'s --slot overrides it).'),
  startEvery: z
    .int()
    .min(15)
    .max(1440)
    .optional()
    .describe('Minutes between allowed shift starts, a multiple of 15; default: the slot length.'),
  lengths: z
    .array(z.int().min(15).max(1440))
    .min(1)
    .max(24)
    .optional()
    .describe('Shift lengths in minutes (breaks included, paid); default [240, 360, 480, 510].'),
  breaks: z
    .array(breakRuleSchema)
    .max(LIMITS.breaksPerShift)
    .optional()
    .describe(
      'Break windows: each rule places one break per shift it applies to. Default: one 30-minute break starting 180 to 300 ' +
        'minutes into every shift of 360 minutes or more.',
    ),
  maxHoursPerWeek: z
    .number()
    .gt(0)
    .max(168)
    .default(40)
    .describe('Most paid hours a person may be rostered in a week (a week is 5 working days until the calendar has weeks).'),
  earliestStart: clock.optional().describe('Earliest shift start "HH:MM"; default: calendar.open.'),
  latestEnd: endClock.optional().describe('Latest shift end "HH:MM"; default: calendar.close.'),
});

const planningSchema = z
  .strictObject({
    training: trainingPlanningSchema.optional(),
    shifts: shiftPlanningSchema.optional().describe('Shift templates for the staffing planner (office-sim plan-staff).'),
  })
  .describe('Choices for the planners; the simulator ignores this section.');

// ---------------------------------------------------------------------------------------------
// The file

export const scenarioFileSchema = z
  .strictObject({
    $schema: z.string().optional().describe('Location of this JSON Schema, for editors (ignored by the simulator).'),
    version: z.literal(1).default(1).describe('Scenario format version; this is version 1.'),
    name: usableName(z.string().min(1, 'must not be empty').max(LIMITS.scenarioNameLength))
      .optional()
      .describe("Name shown in reports; default: the file's name without extension."),
    currency: z
      .string()
      .min(1, 'must not be empty')
      .max(LIMITS.currencyLength)
      .regex(/^[^\s\d.,+\-−]+$/u, 'must be a currency code or symbol (EUR, USD, €, £, kr): no digits, spaces, signs or separators')
      .optional()
      .describe('Currency of every amount (wages, revenue, costs): an ISO code such as EUR, or a symbol such as €; shown with every money figure. Default: none named.'),
    seed: z.int().default(1).describe('Seed of all random streams (an integer); the same seed gives the same numbers.'),
    replications: z
      .int()
      .min(1)
      .max(LIMITS.replications)
      .default(30)
      .describe('Independent runs of the whole calendar; results are summarized over them.'),
    calendar: calendarSchema.prefault({}).describe('Days simulated, opening hours and warm-up.'),
    customers: z
      .array(customerSchema)
      .max(LIMITS.customerClasses)
      .default([])
      .describe('Front-office work: classes of people who come to the counter.'),
    tasks: z
      .array(taskSchema)
      .max(LIMITS.taskTypes)
      .default([])
      .describe('Back-office work: task types, created by handoffs and by internal workload.'),
    staff: z
      .array(personSchema)
      .min(1, 'must list at least one person')
      .describe('People and groups of identical people, with home skill, area, skills, wage, shift.'),
    absences: absencesSchema.prefault({}).describe('Sick days and interruptions, for everyone.'),
    policy: policySchema.prefault({}).describe('Routing and cover rules.'),
    costs: costsSchema.prefault({}).describe('Training and overtime costs.'),
    targets: targetsSchema.prefault({}).describe('Service targets.'),
    planning: planningSchema.optional().describe('Settings of the planners; the simulator ignores them.'),
    learning: learningSchema
      .optional()
      .describe(
        'Office-wide learning curve for every skill every person holds (the number in skills is where it starts); ' +
          'staff[].learning overrides it per person and skill. Leave out: proficiency is fixed.',
      ),
  })
  .meta({
    title: 'Office staffing scenario, version 1',
    description: 'An office with a counter (customers) and a back office (tasks), its staff and policies.',
  });

/** The file format as read (defaults optional). */
export type ScenarioFileInput = z.input<typeof scenarioFileSchema>;
/** The file format with every default filled in: what a form edits and what normalizeScenario reads. */
export type ScenarioFile = z.output<typeof scenarioFileSchema>;
export type CustomerFile = ScenarioFile['customers'][number];
export type TaskFile = ScenarioFile['tasks'][number];
export type PersonFile = ScenarioFile['staff'][number];
export type CalendarFile = ScenarioFile['calendar'];
export type DistributionFile = z.output<typeof distribution>;
export type HourlyRatesFile = z.output<typeof hourlyRates>;
export type ShiftPlanningFile = z.output<typeof shiftPlanningSchema>;
export type LearningFile = z.output<typeof learningSchema>;
