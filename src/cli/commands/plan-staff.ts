/**
 * `office-sim plan-staff FILE --out DIR`: the staffing and shift planner (src/planning/staffing):
 * Erlang requirements per slot, shifts and roster by HiGHS, checked and corrected by simulation.
 * Everything is computed before the output directory is touched, so bad input (a target no staffing
 * meets, templates that cannot cover the opening hours, staff that cannot cover a skill with
 * --no-hire) leaves nothing half-written; the files are then written atomically, manifest last.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { InvalidScenarioError, UsageError } from '../exit.js';
import { note, warn } from '../notes.js';
import { defaultThreads, integer, parseReplications, parseSeed, parseThreads } from '../options.js';

export interface PlanStaffOptions {
  readonly slot?: 15 | 30;
  readonly replications?: number;
  readonly seed?: number;
  readonly threads?: number;
  readonly out: string;
  readonly json?: boolean;
  readonly report?: boolean;
  readonly rounds?: number;
  readonly hire?: boolean;
  readonly quiet?: boolean;
  readonly force?: boolean;
}

function parseSlot(text: string): 15 | 30 {
  if (text === '15' || text === '30') return Number(text) as 15 | 30;
  throw new InvalidArgumentError(`invalid --slot: ${text} (15 or 30 minutes)`);
}

export function planStaffCommand(): Command {
  return new Command('plan-staff')
    .summary('how few people meet the service target, and in which shifts (Erlang, HiGHS, then simulation)')
    .description(
      'Plans the staffing of an office in four steps: the people each skill needs per slot (Erlang C, or ' +
        'Erlang A with exponential patience, grossed up for sick days and interruptions; back-office work ' +
        'by its due times); the cheapest shifts covering them, breaks inside their windows (a mixed-integer ' +
        'programme solved exactly by HiGHS); named people on those shifts, and hires where the staff cannot ' +
        'cover; then simulates the designed office, raises the requirement where a slot misses the target ' +
        'with 95% confidence (and lowers it where there is room), and solves again, round by round. Shift ' +
        'templates come from the file\'s planning.shifts section (defaults otherwise).',
    )
    .argument('<file>', 'scenario file (YAML or JSON)')
    .requiredOption('-o, --out <dir>', 'write staffing.json, requirements.csv, shifts.csv, roster.csv and office.yaml (the designed office) there')
    .addOption(new Option('--slot <minutes>', 'planning slot, 15 or 30 minutes (default: planning.shifts.slotMinutes, else 30)').argParser(parseSlot))
    .addOption(new Option('-r, --replications <n>', "replications per simulated round (default: the file's replications)").argParser(parseReplications))
    .addOption(new Option('-s, --seed <n>', "seed of every random stream (default: the file's seed)").argParser(parseSeed))
    .addOption(new Option('-t, --threads <n>', 'worker threads; results do not depend on it (default: number of cores)').argParser(parseThreads))
    .addOption(new Option('--rounds <n>', 'most rounds of the check by simulation, the first included (default 6)').argParser((t) => integer('--rounds', t, 1, 50)))
    .option('--no-hire', 'fail, naming the skills and the extra headcount, when the staff cannot cover the shifts (default: say whom to hire)')
    .option('--json', 'print staffing.json on stdout')
    .option('--report', 'also write the HTML report (report.html) into the --out directory')
    .option('-q, --quiet', 'no notes on stderr')
    .option('--force', 'write into an --out directory that is not an office-sim output (files of the same names are replaced; nothing else is removed)')
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  $ npx office-sim plan-staff scenarios/default.yaml --out out/plan --report\n' +
        '  $ npx office-sim plan-staff scenarios/reference-office.yaml --slot 15 -r 20 -t 2 --out out/ref-plan --json\n',
    )
    .action(async (file: string, options: PlanStaffOptions) => {
      await planStaff(file, options);
    });
}

/** Refuses, before anything is computed, an --out that is a file or someone else's directory. */
async function checkOutput(dir: string, force: boolean): Promise<void> {
  const info = await stat(dir).catch(() => null);
  if (info === null) return;
  if (!info.isDirectory()) throw new UsageError(`--out ${dir} is a file, not a directory: give a directory (new, empty, or an earlier output)`);
  const { OWNER_FILE, MANIFEST_FILE, readManifest } = await import('../output-dir.js');
  const entries = await readdir(dir);
  if (entries.length === 0 || force) return;
  if (!entries.includes(OWNER_FILE) && !entries.includes(MANIFEST_FILE)) {
    throw new UsageError(
      `--out ${dir} is not empty and is not an office-sim output: refusing to write into it. Give a new or empty directory, or add --force`,
    );
  }
  await readManifest(join(dir)).catch((error: Error) => {
    throw new UsageError(`--out ${dir}: ${error.message}; refusing to overwrite it (add --force to replace it)`);
  });
}

async function planStaff(file: string, options: PlanStaffOptions): Promise<void> {
  await checkOutput(options.out, options.force ?? false);
  const [{ loadScenarios }, plan, output, { createExecutor }, { Interrupts }] = await Promise.all([
    import('../scenarios.js'),
    import('../../planning/staffing/plan.js'),
    import('../../planning/staffing/output.js'),
    import('../executor.js'),
    import('../interrupt.js'),
  ]);
  const [loaded] = await loadScenarios([file]);
  warn(options.quiet, loaded!.warnings);
  const scenario = loaded!.scenario;
  const replications = options.replications ?? scenario.replications;
  const seed = options.seed ?? scenario.seed;
  const threads = options.threads ?? defaultThreads();
  const interrupts = Interrupts.trap();
  try {
    let result;
    try {
      result = await plan.planStaffing(scenario, loaded!.file as Parameters<typeof plan.planStaffing>[1], {
        ...(options.slot === undefined ? {} : { slotMinutes: options.slot }),
        replications,
        seed,
        ...(options.rounds === undefined ? {} : { maxRounds: options.rounds }),
        hire: options.hire !== false,
        run: async (s, label) => {
          const executor = createExecutor([s], Math.min(threads, s.replications));
          try {
            const texts = await Promise.all(
              Array.from({ length: s.replications }, (_, r) => executor.run({ unit: 0, replication: r, slotService: true }, interrupts.signal)),
            );
            note(options.quiet, `${label}: ${s.replications} replications simulated`);
            return texts.map((t) => JSON.parse(t));
          } catch (error) {
            interrupts.check((signal) => `interrupted by ${signal} during ${label}: nothing was written; run the same command again`);
            throw error;
          } finally {
            await executor.close();
          }
        },
        onRound: (r) =>
          note(
            options.quiet,
            `round ${r.round}: wages ${r.cost.toFixed(2)} per ${scenario.calendar.firstWeekday === undefined ? 'day' : 'open day (the week\'s mean)'}, ${r.people} people (${r.hires} ${r.hires === 1 ? 'hire' : 'hires'}), service level ` +
              `${r.serviceLevel.mean === null ? '-' : (r.serviceLevel.mean * 100).toFixed(1)}%, ${r.slotsBelowTarget} ${r.slotsBelowTarget === 1 ? 'slot' : 'slots'} below the target` +
              `${r.raised.length > 0 ? `; raising ${r.raised.length}` : ''}${r.lowered.length > 0 ? `; lowering ${r.lowered.length}` : ''}`,
          ),
      });
    } catch (error) {
      const { UnreachableTargetError } = await import('../../planning/staffing/requirements.js');
      const { TemplatesError } = await import('../../planning/staffing/shift-design.js');
      if (error instanceof UnreachableTargetError || error instanceof TemplatesError || error instanceof plan.StaffShortError) {
        throw new InvalidScenarioError([`${file}: ${error.message}`]);
      }
      throw error;
    }
    interrupts.check((signal) => `interrupted by ${signal}: nothing was written; run the same command again`);

    const json = output.staffingJson(result, { scenario: scenario.name, currency: scenario.currency, seed, replications, scenarioFile: 'office.yaml' });
    const files: Record<string, string> = {
      'staffing.json': `${JSON.stringify(json, null, 2)}\n`,
      'requirements.csv': output.requirementsCsv(json),
      'shifts.csv': output.shiftsCsv(json),
      'roster.csv': output.rosterCsv(json),
      'office.yaml': output.officeYaml(result, file),
    };
    if (options.report) {
      const [{ parseHTML }, { renderStaffingReport }, { peopleOnDutyByDay }] = await Promise.all([
        import('linkedom'),
        import('../../planning/staffing/report.js'),
        import('../../planning/staffing/shift-design.js'),
      ]);
      const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
      const today = peopleOnDutyByDay(result.todayScenario, result.requirements);
      files['report.html'] = renderStaffingReport(json, document as unknown as Document, { today });
    }
    await writeOutput(options, files, interrupts);
    note(options.quiet, `wrote ${options.out}: ${Object.keys(files).join(', ')}`);
    if (options.json) process.stdout.write(files['staffing.json']!);
    else if (!options.quiet) process.stdout.write((await import('../format/staffing-table.js')).staffingTable(json));
  } finally {
    interrupts.release();
  }
}

async function writeOutput(options: PlanStaffOptions, files: Readonly<Record<string, string>>, interrupts: import('../interrupt.js').Interrupts): Promise<void> {
  const [{ withOutput }, { writeFileAtomic }, dir, { ENGINE_FINGERPRINT }] = await Promise.all([
    import('./execute.js'),
    import('../atomic.js'),
    import('../output-dir.js'),
    import('../engine-fingerprint.js'),
  ]);
  const { rm } = await import('node:fs/promises');
  await withOutput(options.out, 'plan-staff', options, async (previous) => {
    // The manifest goes first and comes back last: whenever it exists, it describes the files beside it.
    await rm(join(options.out, dir.MANIFEST_FILE), { force: true });
    const written: Record<string, string> = {};
    for (const [name, text] of Object.entries(files)) {
      interrupts.check((signal) => `interrupted by ${signal} while writing ${options.out}: run the same command again`);
      written[name] = await writeFileAtomic(join(options.out, name), text);
    }
    await dir.removeStale(options.out, previous, written);
    await dir.finishOutput(options.out, dir.newManifest('plan-staff', null, null, [], ENGINE_FINGERPRINT, written));
  });
}
