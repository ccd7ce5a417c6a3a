/**
 * `office-sim compare A B [...]`: variants on common random numbers, with paired differences.
 * Every variant runs with the same seed and replications (the first file's unless given), so
 * replication r of each variant sees the same customers, tasks and absences; the difference of a
 * metric is taken per replication, which cancels the noise the variants share.
 */
import { Command } from 'commander';
import type { BatchPlan } from '../finish.js';
import { note, warn } from '../notes.js';
import { addBatchOptions, type BatchCliOptions } from '../options.js';

export function compareCommand(): Command {
  const command = new Command('compare')
    .summary('compare variants on common random numbers (paired differences)')
    .description(
      'Runs every variant with the same seed and replications, so each replication sees the same ' +
        'customers, tasks and absences in every variant, and prints each metric per variant with the ' +
        'paired difference from the first variant and its 95% CI; * marks differences whose CI excludes 0.',
    )
    .argument('<first>', 'the reference variant (a scenario file)')
    .argument('<other...>', 'variants compared with it');
  addBatchOptions(command, { replications: "the first file's replications", seed: "the first file's seed" })
    .addHelpText(
      'after',
      '\nExample:\n' +
        '  $ npx office-sim compare scenarios/flex-dedicated.yaml scenarios/flex-chain.yaml scenarios/flex-full.yaml \\\n' +
        '      --replications 200 --out out/flex --report\n',
    )
    .action(async (first: string, others: string[], options: BatchCliOptions) => {
      const [{ applyOverrides, loadScenarios }, { makeUnit }, { executePlan }] = await Promise.all([
        import('../scenarios.js'),
        import('../units.js'),
        import('./execute.js'),
      ]);
      const loaded = await loadScenarios([first, ...others]);
      for (const l of loaded) warn(options.quiet, l.warnings);
      const reference = loaded[0]!.scenario;
      const seed = options.seed ?? reference.seed;
      const replications = options.replications ?? reference.replications;
      for (const l of loaded.slice(1)) {
        if (options.seed === undefined && l.scenario.seed !== reference.seed) {
          note(options.quiet, `note: ${l.source} has seed ${l.scenario.seed}; every variant runs with ${seed} (the first file's) so the comparison is paired`);
        }
      }
      const plan: BatchPlan = {
        command: 'compare',
        paths: null,
        units: loaded.map((l, i) => makeUnit(i, l.scenario.name, l.source, applyOverrides(l.scenario, { seed, replications }))),
      };
      await executePlan(plan, options, `compare ${loaded.length} variants`);
    });
  return command;
}
