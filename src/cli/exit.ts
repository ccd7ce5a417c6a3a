/**
 * Exit codes of scenario-format.md's CLI contract, and the errors that carry them up to `main`,
 * which prints them on stderr and exits. Everything else that escapes is a failure (4).
 */

export const EXIT = {
  /** Done. */
  ok: 0,
  /** A scenario file is invalid; every error was listed. */
  invalidScenario: 1,
  /** The command line is wrong (unknown option, bad value, missing argument). */
  usage: 2,
  /** Interrupted (SIGINT/SIGTERM) after saving what was done; rerun the same command to resume. */
  interrupted: 3,
  /** Anything else: an I/O error, a bug. */
  failure: 4,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An error that ends the command with a given exit code; `lines` go to stderr as they are. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
    readonly lines: readonly string[] = [message],
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** A bad command line: printed with the command's usage line and a pointer to its help. */
export class UsageError extends CliError {
  constructor(message: string) {
    super(message, EXIT.usage);
    this.name = 'UsageError';
  }
}

/** One or more invalid scenarios; `lines` are the formatted errors, `file:line:col: path: message`. */
export class InvalidScenarioError extends CliError {
  constructor(lines: readonly string[]) {
    super(`${lines.length} error${lines.length === 1 ? '' : 's'} in scenario files`, EXIT.invalidScenario, lines);
    this.name = 'InvalidScenarioError';
  }
}

/** Stopped by a signal after saving every finished replication. */
export class InterruptedError extends CliError {
  constructor(message: string) {
    super(message, EXIT.interrupted);
    this.name = 'InterruptedError';
  }
}
