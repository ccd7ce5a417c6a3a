import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  canonicalScenarioJson,
  formatScenarioError,
  parseScenario,
  scenarioJsonSchema,
  validateScenarioFile,
  type ParseResult,
  type ScenarioError,
} from '../../src/sim/schema.js';
import type { Scenario } from '../../src/sim/scenario.js';

const scenariosDir = fileURLToPath(new URL('../../scenarios/', import.meta.url));

function parsed(text: string, file = 'office.yaml'): Extract<ParseResult, { ok: true }> {
  const result = parseScenario(text, file);
  if (!result.ok) throw new Error(`expected a valid scenario:\n${result.errors.map(formatScenarioError).join('\n')}`);
  return result;
}

function scenarioOf(text: string): Scenario {
  return parsed(text).scenario;
}

function errorsOf(text: string, file = 'office.yaml'): ScenarioError[] {
  const result = parseScenario(text, file);
  if (result.ok) throw new Error('expected errors, but the scenario is valid');
  return result.errors;
}

/** The one error at `path`, failing with the full list when there is not exactly one. */
function errorAt(errors: readonly ScenarioError[], path: string): ScenarioError {
  const found = errors.filter((e) => e.path === path);
  if (found.length !== 1) throw new Error(`expected one error at ${path}, got:\n${errors.map(formatScenarioError).join('\n')}`);
  return found[0]!;
}

const minimal = `customers:
  - name: sale
    arrivals: { perHour: 10 }
    service: 5
staff:
  - name: ana
    home: front
`;

describe('example scenarios', () => {
  const files = readdirSync(scenariosDir).filter((f) => f.endsWith('.yaml'));

  it('include every office the project documents', () => {
    expect(files.sort()).toEqual(
      expect.arrayContaining([
        'bank-branch.yaml',
        'busy-lunch.yaml',
        'default.yaml',
        'flex-chain.yaml',
        'flex-dedicated.yaml',
        'flex-full.yaml',
        'insurance-claims.yaml',
        'mm5.yaml',
        'reference-office.yaml',
        'retail-branch.yaml',
      ]),
    );
  });

  it.each(files)('%s parses without errors or warnings and points editors at the schema', (file) => {
    const text = readFileSync(`${scenariosDir}${file}`, 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./schema.json');
    const result = parsed(text, `scenarios/${file}`);
    expect(result.warnings.map(formatScenarioError)).toEqual([]);
  });

  it('mm5 is five identical servers at utilization 0.9 for about a million customers', () => {
    const s = scenarioOf(readFileSync(`${scenariosDir}mm5.yaml`, 'utf8'));
    expect(s.calendar.continuous).toBe(true);
    expect(s.staff.map((p) => p.name)).toEqual(['server#1', 'server#2', 'server#3', 'server#4', 'server#5']);
    expect(s.staff.every((p) => p.shift === null)).toBe(true);
    const [customer] = s.customers;
    expect(customer!.service).toEqual({ dist: 'exponential', mean: 10 });
    expect(customer!.patience).toBeNull();
    const rho = (customer!.arrivals.perHour[0]! / 60) * 10 / s.staff.length;
    expect(rho).toBeCloseTo(0.9, 12);
    const customers = customer!.arrivals.perHour[0]! * 24 * s.calendar.days;
    expect(customers).toBeGreaterThanOrEqual(1_000_000);
    expect(customers).toBeLessThan(1_001_000);
  });

  it('the flexibility trio differ only in the skills each team holds', () => {
    const load = (name: string) => scenarioOf(readFileSync(`${scenariosDir}${name}.yaml`, 'utf8'));
    const [dedicated, chain, full] = [load('flex-dedicated'), load('flex-chain'), load('flex-full')];
    const skillCounts = (s: Scenario) => s.staff.map((p) => Object.keys(p.skills).length);
    expect(skillCounts(dedicated)).toEqual(Array(18).fill(1));
    expect(skillCounts(chain)).toEqual(Array(18).fill(2));
    expect(skillCounts(full)).toEqual(Array(18).fill(6));
    expect(chain.staff.find((p) => p.name === 'team6#1')!.skills).toEqual({ role6: 1, role1: 1 });
    const withoutStaff = (s: Scenario) => ({ ...s, name: '', staff: [] });
    expect(withoutStaff(chain)).toEqual(withoutStaff(dedicated));
    expect(withoutStaff(full)).toEqual(withoutStaff(dedicated));
    for (const s of [dedicated, chain, full]) {
      expect(s.policy.routing).toBe('longest-wait');
      expect(s.absences).toEqual({ sickProbabilityPerDay: 0, interruptions: null });
      expect(s.customers.every((c) => c.patience === null && c.balkAt === null)).toBe(true);
      expect(s.staff.every((p) => p.shift === null)).toBe(true);
    }
  });
});

describe('defaults', () => {
  it('fill every value the contract gives a default, naming the scenario after its file', () => {
    expect(parsed(minimal, 'offices/corner-shop.yml').scenario).toEqual({
      version: 1,
      name: 'corner-shop',
      seed: 1,
      replications: 30,
      calendar: { days: 1, open: 540, close: 1020, continuous: false, warmupMinutes: 0 },
      customers: [
        {
          name: 'sale',
          arrivals: { perHour: [10] },
          service: { dist: 'deterministic', value: 5 },
          skill: 'front',
          patience: null,
          balkAt: null,
          revenue: 0,
          handoffs: [],
        },
      ],
      tasks: [],
      staff: [
        {
          name: 'ana',
          group: 'ana',
          home: 'front',
          area: 'front',
          skills: { front: 1 },
          wagePerHour: 0,
          shift: { start: 540, end: 1020, breaks: [] },
          daysOff: [],
          sickProbabilityPerDay: 0,
        },
      ],
      absences: { sickProbabilityPerDay: 0, interruptions: null },
      policy: {
        routing: 'home-first',
        priority: [],
        frontMinimum: 0,
        coverQueueThreshold: null,
        helpBackOffice: true,
        switchMinutes: 0,
        closing: 'serve-queue',
      },
      costs: { trainingPerSkill: 0, trainingAmortizationDays: 250, overtimeMultiplier: 1.5 },
      targets: { serviceLevel: { withinMinutes: 5, fraction: 0.8 } },
    } satisfies Scenario);
  });

  it('return the file with its defaults filled in, for editors', () => {
    const { file } = parsed(minimal);
    expect(file.calendar).toEqual({ days: 1, open: '09:00', close: '17:00', warmupMinutes: 0 });
    expect(file.customers[0]!.skill).toBe('front');
    expect(file.staff[0]!.skills).toEqual({});
  });

  it("give a task its name as skill, and spread perDay evenly over the opening hours", () => {
    const s = scenarioOf(`calendar: { open: "08:00", close: "18:00" }
tasks:
  - name: filing
    service: { dist: exponential, mean: 20 }
    arrivals: { perDay: 25 }
staff:
  - { name: bo, home: filing }
`);
    expect(s.tasks[0]).toEqual({
      name: 'filing',
      skill: 'filing',
      service: { dist: 'exponential', mean: 20 },
      arrivals: { perHour: [2.5] },
      dueMinutes: null,
      latePenalty: 0,
      revenue: 0,
    });
    expect(s.staff[0]!.area).toBe('back');
  });

  it('infer the area from who needs the home skill, and require it when both do', () => {
    const both = `customers:
  - { name: forms, skill: accounts, arrivals: { perHour: 2 }, service: 10 }
tasks:
  - { name: accounts, service: 10 }
staff:
  - { name: al, home: accounts }
`;
    const e = errorAt(errorsOf(both), 'staff[0].area');
    expect(e.message).toBe(
      'area is required (front or back): home skill "accounts" is needed both at the counter (customers: forms) and in the back office (tasks: accounts)',
    );
    expect([e.line, e.column]).toEqual([6, 5]); // staff[0], where the missing key belongs
    const s = scenarioOf(both.replace('home: accounts }', 'home: accounts, area: back }'));
    expect(s.staff[0]!.area).toBe('back');
  });

  it('keep a per-person sick probability over the office-wide one', () => {
    const s = scenarioOf(`${minimal}  - { name: bo, home: front, sickProbabilityPerDay: 0.2 }
absences: { sickProbabilityPerDay: 0.05 }
`);
    expect(s.staff.map((p) => p.sickProbabilityPerDay)).toEqual([0.05, 0.2]);
  });

  it('add the home skill at 1.0 unless the file gives its proficiency', () => {
    const s = scenarioOf(`customers:
  - { name: sale, arrivals: { perHour: 1 }, service: 1 }
  - { name: pay, skill: till, arrivals: { perHour: 1 }, service: 1 }
staff:
  - { name: ana, home: front, skills: { till: 0.5 } }
  - { name: bo, home: front, skills: { till: 1, front: 0.7 } }
`);
    expect(s.staff[0]!.skills).toEqual({ front: 1, till: 0.5 });
    expect(s.staff[1]!.skills).toEqual({ front: 0.7, till: 1 });
  });

  it('put staff of a continuous office on duty around the clock unless a shift is given', () => {
    const s = scenarioOf(`calendar: { open: "00:00", close: "24:00" }
customers:
  - { name: sale, arrivals: { perHour: 10 }, service: 5 }
staff:
  - { name: ana, home: front }
  - { name: bo, home: front, shift: { start: "06:00", end: "14:00" } }
  - { name: cy, home: front, shift: { breaks: [{ at: "12:00", minutes: 30 }] } }
`);
    expect(s.calendar).toMatchObject({ open: 0, close: 1440, continuous: true });
    expect(s.staff.map((p) => p.shift)).toEqual([
      null,
      { start: 360, end: 840, breaks: [] },
      { start: 0, end: 1440, breaks: [{ at: 720, minutes: 30 }] },
    ]);
  });

  it('turn every distribution into its normalized form', () => {
    const dists = [
      ['7.5', { dist: 'deterministic', value: 7.5 }],
      ['{ dist: deterministic, value: 3 }', { dist: 'deterministic', value: 3 }],
      ['{ dist: exponential, mean: 4 }', { dist: 'exponential', mean: 4 }],
      ['{ dist: lognormal, mean: 6, cv: 0.8 }', { dist: 'lognormal', mean: 6, cv: 0.8 }],
      ['{ dist: gamma, mean: 6, cv: 0 }', { dist: 'gamma', mean: 6, cv: 0 }],
      ['{ dist: weibull, shape: 1.5, scale: 8 }', { dist: 'weibull', shape: 1.5, scale: 8 }],
      ['{ dist: triangular, min: 1, mode: 1, max: 4 }', { dist: 'triangular', min: 1, mode: 1, max: 4 }],
      ['{ dist: uniform, min: 2, max: 2 }', { dist: 'uniform', min: 2, max: 2 }],
      ['{ dist: empirical, values: [1, 2, 2, 9] }', { dist: 'empirical', values: [1, 2, 2, 9] }],
    ] as const;
    for (const [text, spec] of dists) {
      expect(scenarioOf(minimal.replace('service: 5', `service: ${text}`)).customers[0]!.service).toEqual(spec);
    }
  });
});

describe('file conveniences', () => {
  it('accept a $schema key for editors and reject other format versions', () => {
    const json = JSON.stringify({
      $schema: './schema.json',
      version: 1,
      customers: [{ name: 'sale', arrivals: { perHour: 10 }, service: 5 }],
      staff: [{ name: 'ana', home: 'front' }],
    });
    expect(parsed(json, 'a.json').scenario.version).toBe(1);
    expect(errorsOf(`version: 2\n${minimal}`).map(formatScenarioError)).toEqual(['office.yaml:1:10: version: version must be 1, got 2']);
  });

  it('resolve YAML anchors and merge keys, placing errors where the shared value is written', () => {
    const text = `customers:
  - { name: sale, arrivals: { perHour: 10 }, service: 5 }
staff:
  - name: ana
    home: front
    shift: &day
      start: "08:00"
      end: "16:00"
      breaks: [{ at: "12:00", minutes: 30 }]
  - name: bo
    <<: { home: front, wagePerHour: 12 }
    shift:
      <<: *day
      start: "09:00"
`;
    const s = scenarioOf(text);
    expect(s.staff.map((p) => [p.wagePerHour, p.shift])).toEqual([
      [0, { start: 480, end: 960, breaks: [{ at: 720, minutes: 30 }] }],
      [12, { start: 540, end: 960, breaks: [{ at: 720, minutes: 30 }] }],
    ]);
    expect(errorsOf(text.replace('"12:00"', '"17:00"')).map(formatScenarioError)).toEqual([
      'office.yaml:9:16: staff[0].shift.breaks[0]: break at 17:00 for 30 minutes must lie inside the shift 08:00-16:00',
      'office.yaml:9:16: staff[1].shift.breaks[0]: break at 17:00 for 30 minutes must lie inside the shift 09:00-16:00',
    ]);
  });

  it('take an hourly profile for task arrivals too', () => {
    const s = scenarioOf(`calendar: { open: "09:00", close: "12:00" }
${minimal}    skills: { filing: 1 }
tasks:
  - { name: filing, service: 4, arrivals: { perHour: [1, 0, 2.5] } }
`);
    expect(s.tasks[0]!.arrivals).toEqual({ perHour: [1, 0, 2.5] });
  });
});

describe('staff groups', () => {
  it('expand into members name#1..name#k sharing the group settings', () => {
    const s = scenarioOf(`${minimal}  - name: clerk
    count: 3
    home: front
    skills: { front: 0.9 }
    wagePerHour: 20
    daysOff: [1]
`);
    expect(s.staff.map((p) => [p.name, p.group])).toEqual([
      ['ana', 'ana'],
      ['clerk#1', 'clerk'],
      ['clerk#2', 'clerk'],
      ['clerk#3', 'clerk'],
    ]);
    expect(new Set(s.staff.slice(1).map((p) => JSON.stringify(p.skills)))).toEqual(new Set(['{"front":0.9}']));
    expect(s.staff[1]!.skills).not.toBe(s.staff[2]!.skills);
  });

  it('must have unique names, people and groups alike', () => {
    expect(errorsOf(`${minimal}  - { name: ana, count: 2, home: front }
`).map(formatScenarioError)).toEqual([
      'office.yaml:8:13: staff[1].name: duplicate staff name "ana" (also staff[0]); people and groups need unique names',
    ]);
  });
});

describe('shifts', () => {
  it('crossing midnight end the next day, with breaks after midnight counted from the start day', () => {
    const s = scenarioOf(`customers:
  - { name: sale, arrivals: { perHour: 10 }, service: 5 }
tasks:
  - { name: cleaning, service: 30, arrivals: { perDay: 4 } }
staff:
  - { name: ana, home: front }
  - name: night
    home: cleaning
    shift:
      start: "22:00"
      end: "06:00"
      breaks: [{ at: "02:00", minutes: 30 }, { at: "23:30", minutes: 15 }]
`);
    expect(s.staff[1]!.shift).toEqual({
      start: 1320,
      end: 1800,
      breaks: [
        { at: 1410, minutes: 15 },
        { at: 1560, minutes: 30 },
      ],
    });
  });

  it('may end at 24:00', () => {
    const s = scenarioOf(`${minimal}  - { name: bo, home: front, shift: { start: "16:00", end: "24:00" } }
`);
    expect(s.staff[1]!.shift).toEqual({ start: 960, end: 1440, breaks: [] });
  });

  it('reject a break outside the shift, overlapping breaks and a shift that ends when it starts', () => {
    const errors = errorsOf(`${minimal}  - name: bo
    home: front
    shift:
      start: "09:00"
      end: "17:00"
      breaks:
        - { at: "16:45", minutes: 30 }
        - { at: "12:00", minutes: 30 }
        - { at: "12:15", minutes: 10 }
  - { name: cy, home: front, shift: { start: "17:00" } }
`);
    expect(errors.map(formatScenarioError)).toEqual([
      'office.yaml:14:11: staff[1].shift.breaks[0]: break at 16:45 for 30 minutes must lie inside the shift 09:00-17:00',
      'office.yaml:16:11: staff[1].shift.breaks[2]: break at 12:15 overlaps the break at 12:00 (30 minutes); breaks must not overlap',
      'office.yaml:17:46: staff[2].shift.start: shift must not end when it starts (17:00); for a shift crossing midnight give an end earlier than its start; a whole day is "00:00" to "24:00"',
    ]);
  });

  it('reject days off outside the calendar', () => {
    const errors = errorsOf(`calendar: { days: 5 }
${minimal}    daysOff: [2, 6]
`);
    expect(errorAt(errors, 'staff[0].daysOff[1]').message).toBe('daysOff[1] must be a day from 1 to 5 (calendar.days), got 6');
  });
});

describe('errors', () => {
  it('report an unknown key with its path, line, column and the allowed keys', () => {
    const errors = errorsOf(`customers:
  - name: sale
    arival: { perHour: 10 }
    service: 5
staff:
  - name: ana
    home: front
`);
    expect(errors).toEqual([
      {
        file: 'office.yaml',
        line: 2,
        column: 5,
        path: 'customers[0].arrivals',
        message: 'missing required key "arrivals"',
      },
      {
        file: 'office.yaml',
        line: 3,
        column: 5,
        path: 'customers[0].arival',
        message:
          'unknown key "arival"; allowed: name, arrivals, service, skill, patience, balkAt, revenue, handoffs; did you mean "arrivals"?',
      },
    ]);
  });

  it('point a near-miss skill at the misspelt side, never suggesting the typo itself', () => {
    const office = (taskSkill: string, held: string) => `customers:
  - name: sale
    arrivals: { perHour: 5 }
    service: 5
tasks:
  - name: casework
    skill: ${taskSkill}
    service: 10
staff:
  - name: ana
    home: front
  - name: bo
    home: ${held}
`;
    // The staff member's skill is misspelt: the task (whose name backs its spelling) points at bo.
    const staffTypo = errorAt(errorsOf(office('casework', 'caseworkk')), 'tasks[0].skill');
    expect(staffTypo.message).toMatch(/; bo holds "caseworkk": a misspelling of "casework"\?$/);
    expect(staffTypo.message).not.toContain('did you mean "caseworkk"');
    expect(errorAt(errorsOf(office('casework', 'caseworkk')), 'staff[1].home').message).toMatch(/did you mean "casework"\?$/);
    // The task's skill is misspelt: the usual hint, toward what the staff hold.
    expect(errorAt(errorsOf(office('caseworkk', 'casework')), 'tasks[0].skill').message).toMatch(/did you mean "casework"\?$/);
    expect(errorAt(errorsOf(office('caseworkk', 'casework')), 'staff[1].home').message).toMatch(/; "casework" needs "caseworkk": a misspelling of "casework"\?$/);
  });

  it('point a key written at the wrong level to where it belongs', () => {
    const e = errorAt(errorsOf(`${minimal}open: "08:00"\n`), 'open');
    expect(e.message).toMatch(/; did you mean "calendar.open" \(it belongs under calendar\)\?$/);
    expect([e.line, e.column]).toEqual([8, 1]);
  });

  it('report a skill that nobody holds', () => {
    const errors = errorsOf(minimal.replace('service: 5', 'service: 5\n    skill: paperwork'));
    expect(errors.map(formatScenarioError)).toEqual([
      'office.yaml:5:12: customers[0].skill: no staff member holds skill "paperwork", needed by customer class "sale"',
      'office.yaml:8:11: staff[0].home: no customer class or task needs home skill "front"; skills needed: paperwork',
    ]);
    const defaulted = errorsOf(minimal.replace('home: front', 'home: till'));
    expect(defaulted.map((e) => [e.path, e.message])).toEqual([
      [
        'customers[0].skill',
        'customer class "sale" needs skill "front" (the default when skill is not given), which no staff member holds',
      ],
      ['staff[0].home', 'no customer class or task needs home skill "till"; skills needed: front'],
    ]);
  });

  it('report a negative rate, and a rate profile of the wrong length', () => {
    expect(errorsOf(minimal.replace('perHour: 10', 'perHour: -2')).map(formatScenarioError)).toEqual([
      'office.yaml:3:26: customers[0].arrivals.perHour: perHour must be >= 0, got -2',
    ]);
    expect(errorsOf(minimal.replace('perHour: 10', 'perHour: [1, 2, -3, 4, 5, 6, 7, 8]')).map(formatScenarioError)).toEqual([
      'office.yaml:3:33: customers[0].arrivals.perHour[2]: perHour[2] must be >= 0, got -3',
    ]);
    expect(errorsOf(minimal.replace('perHour: 10', 'perHour: [1, 2, 3]')).map((e) => e.message)).toEqual([
      'perHour must list one rate per opening hour counted from open: 8 for 09:00-17:00, got 3 (or give one number for a constant rate)',
    ]);
    const late = scenarioOf(`calendar: { open: "09:00", close: "16:30" }\n${minimal.replace('perHour: 10', `perHour: [${[1, 2, 3, 4, 5, 6, 7, 8]}]`)}`);
    expect(late.customers[0]!.arrivals.perHour).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('report a proficiency above 1 in the words of the rule', () => {
    const e = errorAt(errorsOf(minimal.replace('home: front', 'home: front\n    skills: { front: 1.5 }')), 'staff[0].skills.front');
    expect(e.message).toBe('proficiency must be in (0, 1], got 1.5');
    expect([e.line, e.column]).toEqual([8, 22]);
    expect(errorAt(errorsOf(minimal.replace('home: front', 'home: front\n    skills: { front: 0 }')), 'staff[0].skills.front').message).toBe(
      'proficiency must be in (0, 1], got 0',
    );
  });

  it('report absurd sizes against the documented limits', () => {
    expect(errorAt(errorsOf(`calendar: { days: 100000 }\n${minimal}`), 'calendar.days').message).toBe('days must be <= 3660, got 100000');
    expect(errorAt(errorsOf(`replications: 0\n${minimal}`), 'replications').message).toBe('replications must be >= 1, got 0');
    expect(errorAt(errorsOf(`seed: 1.5\n${minimal}`), 'seed').message).toBe('seed must be an integer, got 1.5');
    expect(errorAt(errorsOf(`seed: "42"\n${minimal}`), 'seed').message).toBe('seed must be an integer, got "42"');
    expect(errorAt(errorsOf(`seed: 1e20\n${minimal}`), 'seed').message).toBe(
      'seed must be <= 9007199254740991, got 100000000000000000000',
    );
    expect(errorAt(errorsOf(`${minimal}    count: 501\n`), 'staff[0].count').message).toBe('count must be <= 500, got 501');
    const crowd = Array.from({ length: 5 }, (_, i) => `  - { name: g${i}, count: 500, home: front }`).join('\n');
    expect(errorAt(errorsOf(`${minimal}${crowd}\n`), 'staff').message).toBe(
      'staff must have at most 2000 members after expanding groups, got 2501',
    );
    expect(errorAt(errorsOf(minimal.replace('perHour: 10', 'perHour: 200000')), 'customers[0].arrivals.perHour').message).toBe(
      'perHour must be <= 100000, got 200000',
    );
  });

  it('report YAML syntax errors with their position and nothing else', () => {
    const errors = errorsOf('customers:\n  - name: sale\n    arrivals: { perHour: 10\nstaff: []\n');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatchObject({ file: 'office.yaml', line: 4, path: '' });
    expect(errors[0]!.message).toMatch(/^invalid YAML: /);
    const duplicate = errorsOf(`${minimal}seed: 1\nseed: 2\n`);
    expect(duplicate.map(formatScenarioError)).toEqual(['office.yaml:9:1: invalid YAML: Map keys must be unique']);
  });

  it('report an empty file and a file that is not a mapping', () => {
    expect(errorsOf('# nothing here\n').map(formatScenarioError)).toEqual([
      'office.yaml: the file is empty; a scenario needs at least staff and customers or tasks',
    ]);
    expect(errorsOf('- a\n- b\n').map(formatScenarioError)).toEqual(['office.yaml:1:1: the scenario must be a mapping, got a list of 2 entries']);
  });

  it('give line numbers for JSON input too', () => {
    const json = JSON.stringify(
      {
        customers: [{ name: 'sale', arrivals: { perHour: 10 }, service: { dist: 'exponential', mean: -1 } }],
        staff: [{ name: 'ana', home: 'front', wage: 20 }],
      },
      null,
      '\t',
    );
    expect(errorsOf(json, 'office.json').map(formatScenarioError)).toEqual([
      'office.json:10:13: customers[0].service.mean: mean must be > 0, got -1',
      'office.json:18:4: staff[0].wage: unknown key "wage"; allowed: name, count, home, area, skills, wagePerHour, shift, weekdays, daysOff, sickProbabilityPerDay, learning; did you mean "wagePerHour"?',
    ]);
    expect(parsed(JSON.stringify({ customers: [{ name: 'sale', arrivals: { perHour: 10 }, service: 5 }], staff: [{ name: 'ana', home: 'front' }] }), 'x.json').scenario.name).toBe('x');
  });

  it('report every error at once, sorted by line', () => {
    const errors = errorsOf(`seed: -1
replications: many
calendar:
  open: "9.00"
  close: "08:00"
customers:
  - name: sale
    arrivals: { perHour: 10 }
    service: { dist: triangular, min: 5, mode: 2, max: 9 }
    patience: { dist: expo, mean: 5 }
    handoffs: [{ task: fulfilment, probability: 1.2 }]
  - name: sale
    arrivals: { perHour: 2 }
    service: 3
staff:
  - name: ana
    home: front
    area: middle
policy:
  routing: longest_wait
`);
    expect(errors.map(formatScenarioError)).toEqual([
      'office.yaml:2:15: replications: replications must be an integer, got "many"',
      'office.yaml:4:9: calendar.open: open must be a clock time "HH:MM" from 00:00 to 23:59, got "9.00"',
      'office.yaml:9:48: customers[0].service.mode: mode must be >= min (5), got 2',
      'office.yaml:10:23: customers[0].patience.dist: unknown distribution "expo"; distributions: exponential, deterministic, lognormal, gamma, weibull, triangular, uniform, empirical; did you mean "exponential"?',
      'office.yaml:11:24: customers[0].handoffs[0].task: unknown task "fulfilment"; the scenario has no tasks',
      'office.yaml:11:49: customers[0].handoffs[0].probability: probability must be in [0, 1], got 1.2',
      'office.yaml:12:11: customers[1].name: duplicate name "sale" (also customers[0]); customer classes and tasks need unique names',
      'office.yaml:18:11: staff[0].area: area must be one of front, back, got "middle"',
      'office.yaml:20:12: policy.routing: routing must be one of home-first, longest-wait, priority, got "longest_wait"; did you mean "longest-wait"?',
    ]);
  });

  it('check that priority names are known classes, listed once', () => {
    const errors = errorsOf(`${minimal}policy:
  routing: priority
  priority: [sale, sales, sale]
`);
    expect(errors.map(formatScenarioError)).toEqual([
      'office.yaml:10:20: policy.priority[1]: unknown class "sales"; classes: sale; did you mean "sale"?',
      'office.yaml:10:27: policy.priority[2]: "sale" is listed twice in priority',
    ]);
  });

  it('check handoffs, names and home skills against each other', () => {
    const errors = errorsOf(`customers:
  - name: sale
    arrivals: { perHour: 10 }
    service: 5
    handoffs: [{ task: fulfilment, probability: 0.5 }, { task: fulfilmnet, probability: 0.2 }, { task: fulfilment, probability: 0.1 }]
tasks:
  - { name: fulfilment, service: 10 }
  - { name: sale, service: 10, skill: front }
staff:
  - { name: ana, home: front }
  - { name: bo, home: fulfilment }
  - { name: cy, home: hr }
`);
    expect(errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
      'customers[0].handoffs[1].task: unknown task "fulfilmnet"; tasks: fulfilment, sale; did you mean "fulfilment"?',
      'customers[0].handoffs[2].task: duplicate handoff to task "fulfilment"; give one entry per task',
      'tasks[1].name: duplicate name "sale" (also customers[0]); customer classes and tasks need unique names',
      'staff[0].area: area is required (front or back): home skill "front" is needed both at the counter (customers: sale) and in the back office (tasks: sale)',
      'staff[2].home: no customer class or task needs home skill "hr"; skills needed: front, fulfilment',
    ]);
  });

  it('check distribution parameters', () => {
    const cases: [string, string, string][] = [
      ['{ dist: exponential, mean: 0 }', 'customers[0].service.mean', 'mean must be > 0, got 0'],
      ['{ dist: lognormal, mean: 5, cv: -1 }', 'customers[0].service.cv', 'cv must be >= 0, got -1'],
      ['{ dist: gamma, mean: -5, cv: 1 }', 'customers[0].service.mean', 'mean must be > 0, got -5'],
      ['{ dist: weibull, shape: 0, scale: 4 }', 'customers[0].service.shape', 'shape must be > 0 and at most 100, got 0'],
      ['{ dist: weibull, shape: 101, scale: 4 }', 'customers[0].service.shape', 'shape must be > 0 and at most 100, got 101'],
      ['{ dist: weibull, shape: 2, scale: 0 }', 'customers[0].service.scale', 'scale must be > 0, got 0'],
      ['{ dist: weibull, shape: 2 }', 'customers[0].service.scale', 'missing required key "scale"'],
      [
        '{ dist: weibull, shape: 0.05, scale: 1 }',
        'customers[0].service.scale',
        'the mean scale · Γ(1 + 1/shape) must be at most 1000000 minutes, got 2.433e+18 (shape 0.05, scale 1)',
      ],
      ['{ dist: triangular, min: 1, mode: 9, max: 4 }', 'customers[0].service.mode', 'mode must be <= max (4), got 9'],
      ['{ dist: triangular, min: 5, mode: 5, max: 4 }', 'customers[0].service.max', 'max must be >= min (5), got 4'],
      ['{ dist: uniform, min: 3, max: 1 }', 'customers[0].service.max', 'max must be >= min (3), got 1'],
      ['{ dist: empirical, values: [] }', 'customers[0].service.values', 'values must list at least one value, got an empty list'],
      ['{ dist: empirical, values: [1, -2] }', 'customers[0].service.values[1]', 'values[1] must be >= 0, got -2'],
      ['{ dist: deterministic, value: -1 }', 'customers[0].service.value', 'value must be >= 0, got -1'],
      ['{ dist: exponential, mean: 5, cv: 1 }', 'customers[0].service.cv', 'unknown key "cv"; allowed: dist, mean'],
      ['{ mean: 5 }', 'customers[0].service.dist', 'missing required key "dist"; distributions: exponential, deterministic, lognormal, gamma, weibull, triangular, uniform, empirical'],
      ['-3', 'customers[0].service', 'service must be >= 0, got -3'],
      ['"5 minutes"', 'customers[0].service', 'service must be a number of minutes or a distribution such as {dist: exponential, mean: 10}, got "5 minutes"'],
    ];
    for (const [text, path, message] of cases) {
      const errors = errorsOf(minimal.replace('service: 5', `service: ${text}`));
      expect(errors.map((e) => [e.path, e.message])).toEqual([[path, message]]);
    }
  });

  it('check the calendar: close after open, warm-up before the last closing', () => {
    expect(errorAt(errorsOf(`calendar: { open: "18:00", close: "09:00" }\n${minimal}`), 'calendar.close').message).toBe(
      'close must be after open (18:00), got "09:00"; an office open past midnight is not supported, but open "00:00" with close "24:00" never closes',
    );
    expect(errorAt(errorsOf(`calendar: { close: "24:30" }\n${minimal}`), 'calendar.close').message).toBe(
      'close must be a clock time "HH:MM" from 00:00 to 24:00, got "24:30"',
    );
    expect(errorAt(errorsOf(`calendar: { days: 2, warmupMinutes: 1920 }\n${minimal}`), 'calendar.warmupMinutes').message).toBe(
      'warmupMinutes must be < 1920 (it starts at the first opening and must end before the last closing of 2 day(s)), got 1920',
    );
    expect(scenarioOf(`calendar: { days: 2, warmupMinutes: 1919 }\n${minimal}`).calendar.warmupMinutes).toBe(1919);
  });

  it('check probabilities, money and task arrivals', () => {
    expect(errorAt(errorsOf(`absences: { sickProbabilityPerDay: 1.1 }\n${minimal}`), 'absences.sickProbabilityPerDay').message).toBe(
      'sickProbabilityPerDay must be in [0, 1], got 1.1',
    );
    expect(errorAt(errorsOf(`${minimal}    wagePerHour: -3\n`), 'staff[0].wagePerHour').message).toBe('wagePerHour must be >= 0, got -3');
    const task = (arrivals: string) =>
      errorsOf(`${minimal}tasks: [{ name: filing, service: 3, arrivals: ${arrivals} }]\n    `.replace('home: front', 'home: front\n    skills: { filing: 1 }'));
    expect(task('{}').map((e) => [e.path, e.message])).toEqual([
      ['tasks[0].arrivals', 'arrivals needs perDay (tasks per day) or perHour (tasks per opening hour)'],
    ]);
    expect(task('{ perDay: 5, perHour: 1 }').map((e) => [e.path, e.message])).toEqual([
      ['tasks[0].arrivals.perHour', 'give perDay or perHour, not both'],
    ]);
  });

  it('require something to simulate and someone to do it', () => {
    expect(errorsOf('staff: [{ name: ana, home: front }]\n').map((e) => [e.path, e.message])).toEqual([
      ['customers', 'nothing to simulate: give at least one customer class or task'],
    ]);
    expect(errorsOf(`${minimal.split('staff:')[0]}staff: []\n`).map(formatScenarioError)).toEqual([
      'office.yaml:5:8: staff: staff must list at least one person, got an empty list',
    ]);
    expect(errorsOf(minimal.split('staff:')[0]!).map(formatScenarioError)).toEqual([
      'office.yaml:1:1: staff: missing required key "staff"',
    ]);
  });
});

describe('warnings', () => {
  it('flag runnable oddities without failing', () => {
    const result = parsed(`${minimal}    skills: { frnt: 0.5, filing: 1 }
tasks:
  - { name: filing, service: 3, arrivals: { perDay: 2 }, latePenalty: 5 }
policy: { priority: [filing] }
`);
    expect(result.warnings.map(formatScenarioError)).toEqual([
      'office.yaml:8:15: staff[0].skills.frnt: skill "frnt" is not needed by any customer class or task; did you mean "front"?',
      'office.yaml:10:71: tasks[0].latePenalty: latePenalty is never charged: the task has no dueMinutes',
      'office.yaml:11:21: policy.priority: priority is used only with routing: priority (routing is home-first)',
    ]);
    expect(result.scenario.staff[0]!.skills).toEqual({ front: 1, frnt: 0.5, filing: 1 });
  });

  it('flag tasks nobody in the back office may ever work on', () => {
    const result = parsed(`${minimal}    skills: { filing: 1 }
tasks: [{ name: filing, service: 3, arrivals: { perDay: 2 } }]
policy: { helpBackOffice: false }
`);
    expect(result.warnings.map((w) => w.message)).toEqual([
      'only counter staff hold skill "filing" and policy.helpBackOffice is false: task "filing" is never worked on',
    ]);
  });
});

describe('validateScenarioFile', () => {
  it('validates objects built in code, with paths but no positions', () => {
    const result = validateScenarioFile(
      { customers: [{ name: 'sale', arrivals: { perHour: 3 }, service: 4 }], staff: [{ name: 'ana', home: 'front', skills: { front: 2 } }] },
      'form',
    );
    expect(result).toEqual({
      ok: false,
      errors: [{ file: 'form', line: null, column: null, path: 'staff[0].skills.front', message: 'proficiency must be in (0, 1], got 2' }],
    });
    const ok = validateScenarioFile({ name: 'From a form', customers: [{ name: 'sale', arrivals: { perHour: 3 }, service: 4 }], staff: [{ name: 'ana', home: 'front' }] }, 'form');
    expect(ok.ok && ok.scenario.name).toBe('From a form');
    expect(validateScenarioFile(null, 'form')).toEqual({
      ok: false,
      errors: [{ file: 'form', line: null, column: null, path: '', message: 'the scenario must be a mapping, got an empty value' }],
    });
  });
});

describe('formatScenarioError', () => {
  it('writes file:line:col: path: message, leaving out what is unknown', () => {
    const e: ScenarioError = { file: 'a.yaml', line: 3, column: 7, path: 'seed', message: 'seed must be an integer, got 1.5' };
    expect(formatScenarioError(e)).toBe('a.yaml:3:7: seed: seed must be an integer, got 1.5');
    expect(formatScenarioError({ ...e, line: null, column: null })).toBe('a.yaml: seed: seed must be an integer, got 1.5');
    expect(formatScenarioError({ ...e, file: '', line: null, column: null, path: '' })).toBe('seed must be an integer, got 1.5');
  });
});

describe('canonicalScenarioJson', () => {
  it('is the same for the same scenario written in another key order or style', () => {
    const a = scenarioOf(minimal);
    const b = scenarioOf(`staff: [{ home: front, name: ana }]
customers: [{ service: { dist: deterministic, value: 5 }, arrivals: { perHour: [10, 10, 10, 10, 10, 10, 10, 10] }, name: sale }]
`);
    expect(canonicalScenarioJson(a)).not.toBe(canonicalScenarioJson(b)); // a profile of 8 equal rates is written differently
    const c = scenarioOf(`staff: [{ home: front, name: ana }]
customers: [{ service: { value: 5, dist: deterministic }, arrivals: { perHour: 10 }, name: sale }]
name: office
`);
    expect(canonicalScenarioJson(c)).toBe(canonicalScenarioJson(a));
  });

  it('sorts keys at every level', () => {
    const json = canonicalScenarioJson(scenarioOf(minimal));
    expect(json.startsWith('{"absences":{"interruptions":null,"sickProbabilityPerDay":0},"calendar":{"close":1020,')).toBe(true);
    expect(JSON.parse(json)).toEqual(scenarioOf(minimal));
  });
});

describe('JSON Schema', () => {
  it('scenarios/schema.json is what scenarioJsonSchema() gives (run npx tsx scripts/write-schema.ts)', () => {
    const committed = JSON.parse(readFileSync(`${scenariosDir}schema.json`, 'utf8'));
    expect(committed).toEqual(scenarioJsonSchema());
  });

  it('is draft-07, closed to unknown keys, and describes every key', () => {
    const schema = scenarioJsonSchema() as Record<string, unknown>;
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.additionalProperties).toBe(false);
    const undocumented: string[] = [];
    const visit = (node: unknown, where: string): void => {
      if (node === null || typeof node !== 'object') return;
      const record = node as Record<string, unknown>;
      if (record.properties !== undefined) {
        expect(record.additionalProperties, where).toBe(false);
        for (const [key, property] of Object.entries(record.properties as Record<string, Record<string, unknown>>)) {
          if (key !== 'dist' && typeof property.description !== 'string') undocumented.push(`${where}.${key}`);
        }
      }
      for (const [key, child] of Object.entries(record)) visit(child, `${where}/${key}`);
    };
    visit(schema, '#');
    expect(undocumented).toEqual([]);
  });
});
