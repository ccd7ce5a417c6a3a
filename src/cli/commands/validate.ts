/** `office-sim validate FILE...`: checks scenario files; every error of every file is listed. */
import { plural } from '../../analysis/format.js';
import { Command } from 'commander';
import { warn } from '../notes.js';


export function validateCommand(): Command {
  return new Command('validate')
    .summary('check scenario files and list every error')
    .description(
      'Checks each file against the scenario format (scenario-format.md): every error is printed on ' +
        'stderr as file:line:col: path: message and the exit code is 1; valid files print a one-line ' +
        'summary on stdout and the exit code is 0.',
    )
    .argument('<file...>', 'scenario files (YAML or JSON)')
    .option('-q, --quiet', 'print nothing for valid files, and no warnings')
    .addHelpText('after', '\nExample:\n  $ npx office-sim validate scenarios/*.yaml\n')
    .action(async (files: string[], options: { quiet?: boolean }) => {
      const { loadScenarios } = await import('../scenarios.js');
      const loaded = await loadScenarios(files);
      for (const { source, scenario: s, warnings } of loaded) {
        warn(options.quiet, warnings);
        if (!options.quiet) {
          process.stdout.write(
            `${source}: ok: ${s.name}: ${plural(s.customers.length, 'customer class', 'customer classes')}, ${plural(s.tasks.length, 'task type')}, ` +
              `${plural(s.staff.length, 'staff member')}, ${plural(s.calendar.days, 'day')}, ${plural(s.replications, 'replication')}\n`,
          );
        }
      }
    });
}
