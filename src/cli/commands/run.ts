/** `office-sim run FILE...`: replications of each scenario, summarized with 95% CIs. */
import { Command } from 'commander';
import type { BatchPlan } from '../finish.js';
import { warn } from '../notes.js';
import { addBatchOptions, type BatchCliOptions } from '../options.js';

export function runCommand(): Command {
  const command = new Command('run')
    .summary('run scenarios and summarize every metric (mean, sd, 95% CI)')
    .description(
      'Runs each scenario file for its replications on worker threads and prints every metric with its ' +
        'mean, standard deviation and Student-t 95% confidence interval, and the Erlang baseline of each ' +
        'counter class. The numbers depend only on the file and the seed, never on --threads.',
    )
    .argument('<file...>', 'scenario files (YAML or JSON)');
  addBatchOptions(command, { replications: "the file's replications", seed: "the file's seed" })
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  $ npx office-sim run scenarios/retail-branch.yaml --replications 100 --out out/retail\n' +
        '  $ npx office-sim run scenarios/*.yaml --json > results.json\n' +
        '  $ npx office-sim run scenarios/reference-office.yaml --out out/ref --shard 3/8   # shard 3 of 8\n',
    )
    .action(async (files: string[], options: BatchCliOptions) => {
      const [{ applyOverrides, loadScenarios }, { makeUnit }, { executePlan }] = await Promise.all([
        import('../scenarios.js'),
        import('../units.js'),
        import('./execute.js'),
      ]);
      const loaded = await loadScenarios(files);
      for (const l of loaded) warn(options.quiet, l.warnings);
      const plan: BatchPlan = {
        command: 'run',
        paths: null,
        units: loaded.map((l, i) => makeUnit(i, l.scenario.name, l.source, applyOverrides(l.scenario, options))),
      };
      await executePlan(plan, options, loaded.length === 1 ? loaded[0]!.scenario.name : `${loaded.length} scenarios`);
    });
  return command;
}
