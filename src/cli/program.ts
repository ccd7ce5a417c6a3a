/**
 * The `office-sim` command line: commander builds the commands; `main` runs one and turns every
 * outcome into the contract's exit code (0 done, 1 invalid scenario, 2 usage, 3 interrupted,
 * 4 failure), with errors on stderr and data only on stdout or in files.
 */
import { Command, CommanderError } from 'commander';
import { compareCommand } from './commands/compare.js';
import { fitCommand } from './commands/fit.js';
import { mergeCommand } from './commands/merge.js';
import { planTrainingCommand } from './commands/plan-training.js';
import { planStaffCommand } from './commands/plan-staff.js';
import { reportCommand } from './commands/report.js';
import { runCommand } from './commands/run.js';
import { schemaCommand } from './commands/schema.js';
import { serveCommand } from './commands/serve.js';
import { sweepCommand } from './commands/sweep.js';
import { validateCommand } from './commands/validate.js';
import { CliError, EXIT, UsageError, type ExitCode } from './exit.js';
import { escapeControls } from '../sim/scenario-file/text-safety.js';
import { TOOL_NAME, TOOL_VERSION } from './version.js';

function usageHint(command: Command): string {
  return `usage: ${TOOL_NAME} ${command.name()} ${command.usage()}\nsee: npx ${TOOL_NAME} ${command.name()} --help\n`;
}

export function buildProgram(): Command {
  const program = new Command(TOOL_NAME)
    .description(
      'Discrete-event simulation of an office: front-office counter, back-office tasks, staff with ' +
        'skills, shifts, breaks and absences, and cross-trained cover. Scenario files in, confidence ' +
        'intervals, comparisons, sweeps, tables and HTML reports out.',
    )
    .version(TOOL_VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(`${TOOL_NAME}: ${text.replace(/^error: /, '')}`) })
    .showHelpAfterError(`see: npx ${TOOL_NAME} --help`)
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  $ npx office-sim validate scenarios/*.yaml\n' +
        '  $ npx office-sim run scenarios/retail-branch.yaml --replications 100 --out out/retail --report\n' +
        '  $ npx office-sim compare scenarios/flex-dedicated.yaml scenarios/flex-full.yaml --json\n' +
        '  $ npx office-sim sweep scenarios/retail-branch.yaml --vary "staff[mia].skills.front=0.4..1:0.2"\n' +
        '  $ npx office-sim plan-training scenarios/busy-lunch.yaml --max-trainings 2 --out out/train --report\n' +
        '  $ npx office-sim report out/retail --out retail.html\n' +
        '  $ npx office-sim fit visits.csv --absences sick.csv --out fitted --report\n' +
        '  $ npx office-sim plan-staff scenarios/default.yaml --out out/plan --report\n' +
        '\nnpx office-sim runs the installed command (npm install -g office-sim puts office-sim on PATH);\n' +
        'in a clone of the repository, npm run sim -- <command> builds it first when the sources changed.\n' +
        '\nExit codes: 0 done, 1 invalid scenario, 2 usage error, 3 interrupted (rerun to resume), 4 failure.\n',
    );
  for (const command of [runCommand(), compareCommand(), sweepCommand(), planTrainingCommand(), planStaffCommand(), fitCommand(), reportCommand(), validateCommand(), schemaCommand(), mergeCommand(), serveCommand()]) {
    program.addCommand(command);
    command.exitOverride().showHelpAfterError(usageHint(command).trimEnd());
    command.configureOutput({ outputError: (text, write) => write(`${TOOL_NAME} ${command.name()}: ${text.replace(/^error: /, '')}`) });
  }
  return program;
}

/** Runs the command line (arguments after `node main.js`); resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<ExitCode> {
  const program = buildProgram();
  let active: Command = program;
  program.hook('preAction', (_program, actionCommand) => {
    active = actionCommand;
  });
  if (argv.length === 0) {
    process.stderr.write(program.helpInformation());
    return EXIT.usage;
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has printed the message (and the usage hint) already.
      const done = error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help';
      return done ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`${TOOL_NAME} ${active.name()}: ${escapeControls(error.message)}\n${usageHint(active)}`);
      return EXIT.usage;
    }
    if (error instanceof CliError) {
      // One write: a file with thousands of errors prints them in one go. Messages echo input
      // (names, keys, paths): control characters in it are shown escaped, never sent to the terminal.
      process.stderr.write(error.lines.map((line) => `${escapeControls(line)}\n`).join(''));
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${TOOL_NAME}: failed: ${escapeControls(message)}\n`);
    if (process.env['OFFICE_SIM_DEBUG'] && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    return EXIT.failure;
  }
}
