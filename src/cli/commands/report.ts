/**
 * `office-sim report FILE|DIR --out report.html`: the self-contained HTML report of a scenario
 * (run now) or of a finished output directory of run, compare, sweep or merge.
 */
import { Command, Option } from 'commander';
import { note } from '../notes.js';
import { parseReplications, parseSeed, parseThreads, perOption } from '../options.js';
import type { ReportOptions } from '../report-input.js';

export function reportCommand(): Command {
  return new Command('report')
    .summary('write the HTML report of a scenario or of an output directory')
    .description(
      'Writes one self-contained HTML file (inline SVG charts, no scripts, nothing fetched when viewed): ' +
        'KPIs, waits and queues through the day with their 95% bands, abandonment, money, utilization ' +
        'per person, coverage gaps per skill, the Erlang baseline, and for compare or sweep outputs the ' +
        'variants or the sweep curves. FILE is run first (like run); DIR is an --out directory of run, ' +
        'compare, sweep or merge. A run of several files gives one report per file (<out>-<unit>.html).',
    )
    .argument('<input>', 'a scenario file, or an output directory')
    .requiredOption('-o, --out <file>', 'the HTML file to write')
    .addOption(new Option('-r, --replications <n>', "replications when running a file (default: the file's)").argParser(parseReplications))
    .addOption(new Option('-s, --seed <n>', "seed when running a file (default: the file's)").argParser(parseSeed))
    .addOption(new Option('-t, --threads <n>', 'worker threads when running a file (default: number of cores)').argParser(parseThreads))
    .addOption(perOption())
    .option('-q, --quiet', 'no progress bar or notes on stderr')
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  $ npx office-sim report scenarios/bank-branch.yaml --out bank.html\n' +
        '  $ npx office-sim compare scenarios/flex-dedicated.yaml scenarios/flex-full.yaml --out out/flex\n' +
        '  $ npx office-sim report out/flex --out flex.html\n',
    )
    .action(async (input: string, options: ReportOptions) => {
      const [{ fromDirectory, fromFile, isDirectory, reportPath }, { batchOutputs }, { renderReport }, { writeFileAtomic }] = await Promise.all([
        import('../report-input.js'),
        import('../finish.js'),
        import('../report-file.js'),
        import('../atomic.js'),
      ]);
      const { plan, results } = (await isDirectory(input)) ? await fromDirectory(input, options) : await fromFile(input, options);
      const reports = batchOutputs(plan, results, options.per).reports;
      for (const [i, r] of reports.entries()) {
        const path = reportPath(options.out, plan.command === 'run' ? plan.units[i]!.id : 'report', reports.length);
        await writeFileAtomic(path, await renderReport(r.input()));
        note(options.quiet, `wrote ${path}`);
      }
    });
}
