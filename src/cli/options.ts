/**
 * Command-line option values: parsers that reject bad input with `invalid <option>: <value>` (a
 * usage error, exit 2), and the options every batch command shares.
 */
import { availableParallelism } from 'node:os';
import { Command, InvalidArgumentError, Option } from 'commander';
import { parsePeriod, type Period } from '../analysis/period.js';
import { parseShard, type Shard } from '../analysis/shards.js';
import { LIMITS } from '../sim/scenario-file/limits.js';

/** Threads above this are a typo; a pool that large would only add overhead. */
export const MAX_THREADS = 1024;

export function integer(name: string, text: string, min: number, max: number): number {
  const value = /^[-+]?\d+$/.test(text.trim()) ? Number(text) : NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new InvalidArgumentError(`invalid ${name}: ${text} (an integer from ${min} to ${max})`);
  }
  return value;
}

export const parseReplications = (text: string): number => integer('--replications', text, 1, LIMITS.replications);
export const parseSeed = (text: string): number => integer('--seed', text, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
export const parseThreads = (text: string): number => integer('--threads', text, 1, MAX_THREADS);
export const parseCheckDays = (text: string): number => integer('--check-days', text, 2, 1000);

export function parsePer(text: string): Period {
  try {
    return parsePeriod(text);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message.replace('invalid period', 'invalid --per'));
  }
}

/** `--per day|week|run`: the period of counts, money and minutes in tables and reports. */
export function perOption(): Option {
  return new Option('--per <period>', 'show counts, money and minutes per day, per week (5 working days; 7 if the office never closes) or over the run; --json and the CSV files keep whole-run totals (default: day)').argParser(parsePer);
}

export function parseShardOption(text: string): Shard {
  try {
    return parseShard(text);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

/** Options of run, compare and sweep, as commander hands them over. */
export interface BatchCliOptions {
  readonly replications?: number;
  readonly seed?: number;
  readonly threads?: number;
  readonly out?: string;
  readonly json?: boolean;
  readonly report?: boolean;
  readonly shard?: Shard;
  readonly quiet?: boolean;
  readonly per?: Period;
  readonly force?: boolean;
}

/** Default worker threads: every core the machine gives this process. */
export function defaultThreads(): number {
  return availableParallelism();
}

/** Options shared by run, compare and sweep; `defaults` says what --replications and --seed default to. */
export function addBatchOptions(command: Command, defaults: { replications: string; seed: string }): Command {
  return command
    .addOption(new Option('-r, --replications <n>', `replications per scenario (default: ${defaults.replications})`).argParser(parseReplications))
    .addOption(new Option('-s, --seed <n>', `seed of every random stream (default: ${defaults.seed})`).argParser(parseSeed))
    .addOption(new Option('-t, --threads <n>', 'worker threads; results do not depend on it (default: number of cores)').argParser(parseThreads))
    .option('-o, --out <dir>', 'write summary.json, summary.csv, replications.csv and the results there; rerunning resumes')
    .option('--json', 'print the JSON output (scenario-format.md) instead of the table')
    .option('--report', 'also write the HTML report into the --out directory')
    .addOption(perOption())
    .addOption(new Option('--shard <k/n>', 'run only shard k of n (needs --out); combine the n outputs with merge').argParser(parseShardOption))
    .option('-q, --quiet', 'no progress bar or notes on stderr')
    .option('--force', 'write into an --out directory that is not an office-sim output (files of the same names are replaced; nothing else is removed)');
}
