/**
 * `office-sim fit VISITS.csv [--tasks TASKS.csv] [--absences ABSENCES.csv] [--columns MAP.yaml]
 * --out DIR [--json] [--report]`: a scenario fitted from an office's records, and how well it fits.
 */
import { Command, Option } from 'commander';
import { parseCheckDays } from '../options.js';

export interface FitOptions {
  readonly out: string;
  readonly tasks?: string;
  readonly absences?: string;
  readonly columns?: string;
  readonly json?: boolean;
  readonly report?: boolean;
  readonly checkDays?: number;
  readonly force?: boolean;
  readonly quiet?: boolean;
}

export function fitCommand(): Command {
  return new Command('fit')
    .summary('fit a scenario from the office\'s records (visits, tasks, absences) and check the fit')
    .description(
      'Reads a visit log (one row per customer: arrival, service start and end or durations, outcome ' +
        'served/abandoned/balked, optionally class and server), and optionally task and absence records; ' +
        'fits arrival rates per class, weekday and hour, service-time distributions (exponential, gamma, ' +
        'lognormal, Weibull by maximum likelihood, chosen by AIC), patience from censored waits, balking, ' +
        'the staffing seen and sick probabilities; simulates the fitted office with that staffing beside the ' +
        'records. Writes DIR/office.yaml (the fitted scenario), DIR/fit.json (every estimate), ' +
        'DIR/fit-check.csv (simulated beside observed per weekday and hour) and with --report DIR/report.html. ' +
        'Rows that cannot be used are counted and listed with line numbers on stderr; a file that cannot be ' +
        'read at all exits 1 with nothing written.',
    )
    .argument('<visits>', 'the visit log (CSV: comma, semicolon or tab separated, with a header line)')
    .requiredOption('-o, --out <dir>', 'the output directory')
    .option('--tasks <file>', 'back-office task records (CSV: arrival, start, completion, due, type, server)')
    .option('--absences <file>', 'absence records (CSV: person, date, optionally reason)')
    .option('--columns <file>', 'a YAML file naming columns the fit does not recognise (see --help)')
    .option('--json', 'print fit.json on stdout')
    .option('--report', 'also write DIR/report.html')
    .addOption(new Option('--check-days <n>', 'simulated days per weekday in the fit check').default(20).argParser(parseCheckDays))
    .option('--force', 'write into a non-empty directory that is not an office-sim output')
    .option('-q, --quiet', 'no progress bar or notes on stderr')
    .addHelpText(
      'after',
      '\nColumns map (--columns MAP.yaml), every key optional:\n' +
        '  visits:   { arrival: Created, start: Called, end: Closed, outcome: Status, class: Service, server: Agent,\n' +
        '              date: Day, wait: Wait, service: Talk time,\n' +
        '              outcomes: { served: [Done], abandoned: [No show], balked: [Left] } }\n' +
        '  tasks:    { arrival: Opened, start: Picked, end: Resolved, due: Deadline, class: Type, server: Owner }\n' +
        '  absences: { person: Employee, date: Day, reason: Code, sick: [K, Krank] }\n' +
        '  dateOrder: dmy            # how 04/03/2024 reads (dmy default, or mdy)\n' +
        '  durationUnit: minutes     # bare-number durations: seconds | minutes | hours\n' +
        '\nExamples:\n' +
        '  $ npx office-sim fit visits.csv --out fitted --report\n' +
        '  $ npx office-sim fit calls.csv --tasks tasks.csv --absences sick.csv --columns map.yaml --out fitted\n',
    )
    .action(async (visits: string, options: FitOptions) => {
      const { runFit } = await import('../fit-run.js');
      await runFit(visits, options);
    });
}
