/**
 * `office-sim sweep FILE --vary PATH=VALUES ...`: the scenario at every point of a grid over values
 * addressed by path, each point run on the same seed (common random numbers across points).
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { expandGrid, formatPoint, parseVary, type SweepAxis } from '../../analysis/sweep.js';
import { setIn } from '../../sim/scenario-file/path.js';
import type { BatchUnit } from '../batch.js';
import { InvalidScenarioError, UsageError } from '../exit.js';
import type { BatchPlan } from '../finish.js';
import { warn } from '../notes.js';
import { addBatchOptions, type BatchCliOptions } from '../options.js';

function collectVary(text: string, previous: SweepAxis[] = []): SweepAxis[] {
  try {
    return [...previous, parseVary(text)];
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

export function sweepCommand(): Command {
  const command = new Command('sweep')
    .summary('run a scenario over a grid of values (one row per point)')
    .description(
      'Sets each PATH of the scenario file to each of its VALUES (every combination of the --vary axes, ' +
        'the first varying slowest) and runs every point with the same seed, so neighbouring points ' +
        'differ by their values, not by luck. VALUES: a list 0,0.5,1; a range 1..3; a range with a step ' +
        '8..16:2; words (longest-wait) and true/false. PATH as in error messages: staff[1].skills.front, ' +
        'customers[0].arrivals.perHour, policy.frontMinimum; a list entry also by name: staff[ana].',
    )
    .argument('<file>', 'the scenario file')
    .addOption(new Option('--vary <path=values>', 'a path and its values (repeat for a grid)').argParser(collectVary).makeOptionMandatory())
    .option('--wide', "print the table in one piece instead of splitting it to fit the terminal's width");
  addBatchOptions(command, { replications: "the file's replications", seed: "the file's seed" })
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  $ npx office-sim sweep scenarios/retail-branch.yaml --vary "staff[mia].skills.front=0.4,0.6,0.8,1" --json\n' +
        '  $ npx office-sim sweep scenarios/busy-lunch.yaml --vary policy.frontMinimum=1..3 \\\n' +
        '      --vary "customers[0].arrivals.perHour=8..16:2" --replications 50 --out out/lunch --report\n',
    )
    .action(async (file: string, options: BatchCliOptions & { vary: SweepAxis[]; wide?: boolean }) => {
      let grid: Record<string, string | number | boolean>[];
      try {
        grid = expandGrid(options.vary);
      } catch (error) {
        throw new UsageError((error as Error).message);
      }
      const [{ applyOverrides, loadScenarios, validateObject }, { makeUnit }, { executePlan }] = await Promise.all([
        import('../scenarios.js'),
        import('../units.js'),
        import('./execute.js'),
      ]);
      const [loaded] = await loadScenarios([file]);
      warn(options.quiet, loaded!.warnings);
      const seed = options.seed ?? loaded!.scenario.seed;
      const replications = options.replications ?? loaded!.scenario.replications;
      const units: BatchUnit[] = [];
      const errors: string[] = [];
      grid.forEach((values, i) => {
        let raw: unknown = loaded!.file;
        for (const axis of options.vary) {
          try {
            raw = setIn(raw, axis.path, values[axis.path.text], { mode: 'existing' });
          } catch (error) {
            throw new UsageError(`invalid --vary: ${(error as Error).message}`);
          }
        }
        try {
          const scenario = validateObject(raw, file, `at ${formatPoint(values)}`);
          units.push(makeUnit(i, formatPoint(values), file, applyOverrides(scenario, { seed, replications }), values));
        } catch (error) {
          if (!(error instanceof InvalidScenarioError)) throw error;
          for (const line of error.lines) errors.push(line);
        }
      });
      // Every invalid point is listed, not just the first.
      if (errors.length > 0) throw new InvalidScenarioError(errors);
      const plan: BatchPlan = { command: 'sweep', paths: options.vary.map((a) => a.path.text), units, wide: options.wide ?? false };
      await executePlan(plan, options, `sweep of ${units.length} points`);
    });
  return command;
}
