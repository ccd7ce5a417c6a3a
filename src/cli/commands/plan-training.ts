/**
 * `office-sim plan-training FILE`: who should learn what for the budget (issue 10). Reads the file's
 * optional `planning.training` section, applies the options on top, searches (src/planning/training)
 * on the worker pool, and writes plan.json, frontier.csv, plans/<k>.yaml and, with --report, the
 * HTML report into --out. Every (plan, replication) evaluated is saved as it finishes, so an
 * interrupted search (exit 3) resumes when the same command runs again, with the same answer.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { parseReplications, parseSeed, parseThreads } from '../options.js';
import type { PlanTrainingOptions } from '../plan-training.js';

function nonNegativeInteger(name: string): (text: string) => number {
  return (text) => {
    const value = /^[-+]?\d+$/.test(text.trim()) ? Number(text) : NaN;
    if (!Number.isSafeInteger(value) || value < 0) throw new InvalidArgumentError(`invalid ${name}: ${text} (a whole number, 0 or more)`);
    return value;
  };
}

function nonNegativeNumber(name: string): (text: string) => number {
  return (text) => {
    const value = text.trim() === '' ? NaN : Number(text);
    if (!Number.isFinite(value) || value < 0) throw new InvalidArgumentError(`invalid ${name}: ${text} (an amount, 0 or more)`);
    return value;
  };
}

function proficiency(text: string): number {
  const value = Number(text);
  if (!(value > 0 && value <= 1)) throw new InvalidArgumentError(`invalid --proficiency: ${text} (in (0, 1])`);
  return value;
}

function positiveNumber(name: string): (text: string) => number {
  return (text) => {
    const value = Number(text);
    if (!(Number.isFinite(value) && value > 0)) throw new InvalidArgumentError(`invalid ${name}: ${text} (a number above 0)`);
    return value;
  };
}

/** `person:skill,person:skill` (a name may itself hold a colon: the last one splits). */
function candidates(text: string): { person: string; skill: string }[] {
  const items = text.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
  if (items.length === 0) throw new InvalidArgumentError('invalid --candidates: give person:skill pairs separated by commas');
  return items.map((item) => {
    const at = item.lastIndexOf(':');
    if (at <= 0 || at === item.length - 1) throw new InvalidArgumentError(`invalid --candidates entry ${JSON.stringify(item)}: person:skill`);
    return { person: item.slice(0, at), skill: item.slice(at + 1) };
  });
}

export function addPlanTrainingOptions(command: Command): Command {
  return command
    .addOption(new Option('-r, --replications <n>', "replications of each frontier plan's final estimate, and at least that many in the search (default: the file's)").argParser(parseReplications))
    .addOption(new Option('-s, --seed <n>', "seed of every random stream (default: the file's seed)").argParser(parseSeed))
    .addOption(new Option('-t, --threads <n>', 'worker threads; results do not depend on it (default: number of cores)').argParser(parseThreads))
    .requiredOption('-o, --out <dir>', 'write plan.json, frontier.csv, plans/<k>.yaml (and report.html) there; rerunning resumes')
    .option('--json', 'print plan.json instead of the table')
    .option('--report', 'also write the HTML report (report.html) into --out')
    .option('-q, --quiet', 'no progress or notes on stderr')
    .option('--force', 'write into an --out directory that is not an office-sim output (files of the same names are replaced; nothing else is removed)');
}



export function planTrainingCommand(): Command {
  const command = new Command('plan-training')
    .summary('find who should learn which skill for a budget (frontier, payback, contributions)')
    .description(
      'Searches the cross-trainings of the office (by default every skill a person or group lacks that ' +
        'some work needs) for the best plan at each budget step, on common random numbers: greedy ' +
        'forward selection with paired screening and sequential halving, one-for-one swaps, and KN ' +
        'ranking-and-selection (95% confidence within an indifference zone). Writes plan.json, ' +
        'frontier.csv, plans/<k>.yaml (each plan as a scenario file) and with --report report.html. ' +
        'The file\'s planning.training section sets the defaults; options override it. The answer ' +
        'depends only on the file, the options and the seed, never on --threads.',
    )
    .argument('<file>', 'scenario file (YAML or JSON)')
    .addOption(new Option('--max-trainings <n>', 'budget: at most n new (person, skill) pairs; a group counts once per member').argParser(nonNegativeInteger('--max-trainings')))
    .addOption(new Option('--max-cost <amount>', 'budget: at most this one-off training cost').argParser(nonNegativeNumber('--max-cost')))
    .option('--objective <key>', 'metric to improve in its natural direction, as run --json names it (default: profit)')
    .addOption(new Option('--candidates <list>', 'only these trainings: person:skill,person:skill,... (a group by its name)').argParser(candidates))
    .addOption(new Option('--proficiency <p>', 'proficiency after training of candidates without their own (default 0.7)').argParser(proficiency))
    .addOption(new Option('--indifference-zone <d>', 'smallest objective difference worth telling apart (per day for totals)').argParser(positiveNumber('--indifference-zone')));
  addPlanTrainingOptions(command)
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  $ npx office-sim plan-training scenarios/busy-lunch.yaml --max-trainings 2 --out out/train --report\n' +
        '  $ npx office-sim plan-training scenarios/flex-dedicated.yaml --objective front.waitMean --max-trainings 18 --proficiency 1 --out out/flex\n' +
        '  $ npx office-sim plan-training office.yaml --candidates cara:front,dan:front --max-cost 3000 --out out/cara --json\n',
    )
    .action(async (file: string, options: PlanTrainingOptions) => {
      const { planTraining } = await import('../plan-training.js');
      await planTraining(file, options);
    });
  return command;
}
