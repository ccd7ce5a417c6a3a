/**
 * Office records as compact columns (typed arrays, one entry per row), so a year of a busy office
 * (half a million visits) takes a few tens of megabytes, and the problems found while reading them:
 * every row that could not be used is counted under its reason with its line numbers, never
 * silently dropped.
 */
import type { Outcome } from './columns.js';

/** Problems of one kind: how many rows, and the first few line numbers. */
export interface RowProblem {
  readonly file: string;
  readonly message: string;
  readonly count: number;
  readonly lines: readonly number[];
}

const LINES_KEPT = 10;

export class ProblemLog {
  private readonly byMessage = new Map<string, { count: number; lines: number[] }>();
  constructor(readonly file: string) {}
  add(message: string, line: number): void {
    let entry = this.byMessage.get(message);
    if (entry === undefined) this.byMessage.set(message, (entry = { count: 0, lines: [] }));
    entry.count++;
    if (entry.lines.length < LINES_KEPT) entry.lines.push(line);
  }
  get total(): number {
    let sum = 0;
    for (const e of this.byMessage.values()) sum += e.count;
    return sum;
  }
  list(): RowProblem[] {
    return [...this.byMessage].map(([message, e]) => ({ file: this.file, message, count: e.count, lines: e.lines })).sort((a, b) => b.count - a.count);
  }
}

/** One line of text for a problem: `visits.csv: 12 rows: end before start (lines 5, 9, 40, ...)`. */
export function problemText(p: RowProblem): string {
  const more = p.count > p.lines.length ? ', ...' : '';
  return `${p.file}: ${p.count} row${p.count === 1 ? '' : 's'}: ${p.message} (line${p.lines.length === 1 ? '' : 's'} ${p.lines.join(', ')}${more})`;
}

/** Names met in a column, numbered in order of first appearance. */
export class NameIndex {
  readonly names: string[] = [];
  private readonly map = new Map<string, number>();
  of(name: string): number {
    let i = this.map.get(name);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(name);
      this.map.set(name, i);
    }
    return i;
  }
}

/** A growable set of typed columns. */
class Columns<K extends string> {
  length = 0;
  private capacity = 1024;
  readonly data: Record<K, Float64Array>;
  constructor(private readonly keys: readonly K[]) {
    this.data = Object.fromEntries(keys.map((k) => [k, new Float64Array(this.capacity)])) as Record<K, Float64Array>;
  }
  push(row: Readonly<Record<K, number>>): void {
    if (this.length === this.capacity) {
      this.capacity *= 2;
      for (const k of this.keys) {
        const next = new Float64Array(this.capacity);
        next.set(this.data[k]);
        this.data[k] = next;
      }
    }
    for (const k of this.keys) this.data[k][this.length] = row[k];
    this.length++;
  }
  /** The columns trimmed to their length. */
  done(): Record<K, Float64Array> {
    return Object.fromEntries(this.keys.map((k) => [k, this.data[k].slice(0, this.length)])) as Record<K, Float64Array>;
  }
}

export const OUTCOME_CODE: Readonly<Record<Outcome, number>> = { served: 0, abandoned: 1, balked: 2 };

const VISIT_KEYS = ['day', 'arrival', 'wait', 'service', 'outcome', 'cls', 'server'] as const;
const TASK_KEYS = ['day', 'arrival', 'wait', 'service', 'due', 'cls', 'server'] as const;
const ABSENCE_KEYS = ['person', 'day', 'sick'] as const;

/**
 * Visits: `day` local date (days since 1970-01-01) of arrival, `arrival` local minute of that day,
 * `wait` minutes until service started or the customer left (NaN for balked), `service` minutes of
 * service (NaN unless served), `outcome` (OUTCOME_CODE), `cls` index into `classes`, `server` index
 * into `servers` or -1.
 */
export interface VisitRecords {
  readonly n: number;
  readonly columns: Readonly<Record<(typeof VISIT_KEYS)[number], Float64Array>>;
  readonly classes: readonly string[];
  readonly servers: readonly string[];
  /** Whether the file had a server column (else the roster is inferred from concurrency). */
  readonly hasServer: boolean;
}

/** Tasks: like visits; `wait` to the start of work, `service` start to completion, `due` minutes from arrival (NaN without). */
export interface TaskRecords {
  readonly n: number;
  readonly columns: Readonly<Record<(typeof TASK_KEYS)[number], Float64Array>>;
  readonly classes: readonly string[];
  readonly servers: readonly string[];
  readonly hasServer: boolean;
}

/** Absences: `sick` 1 sick, 0 worked (files listing every person-day), 2 planned leave. */
export interface AbsenceRecords {
  readonly n: number;
  readonly columns: Readonly<Record<(typeof ABSENCE_KEYS)[number], Float64Array>>;
  readonly people: readonly string[];
}

export class VisitBuilder {
  private readonly rows = new Columns(VISIT_KEYS);
  readonly classes = new NameIndex();
  readonly servers = new NameIndex();
  constructor(readonly hasServer: boolean) {}
  push(row: Readonly<Record<(typeof VISIT_KEYS)[number], number>>): void {
    this.rows.push(row);
  }
  done(): VisitRecords {
    return { n: this.rows.length, columns: this.rows.done(), classes: this.classes.names, servers: this.servers.names, hasServer: this.hasServer };
  }
}

export class TaskBuilder {
  private readonly rows = new Columns(TASK_KEYS);
  readonly classes = new NameIndex();
  readonly servers = new NameIndex();
  constructor(readonly hasServer: boolean) {}
  push(row: Readonly<Record<(typeof TASK_KEYS)[number], number>>): void {
    this.rows.push(row);
  }
  done(): TaskRecords {
    return { n: this.rows.length, columns: this.rows.done(), classes: this.classes.names, servers: this.servers.names, hasServer: this.hasServer };
  }
}

export class AbsenceBuilder {
  private readonly rows = new Columns(ABSENCE_KEYS);
  readonly people = new NameIndex();
  push(row: Readonly<Record<(typeof ABSENCE_KEYS)[number], number>>): void {
    this.rows.push(row);
  }
  done(): AbsenceRecords {
    return { n: this.rows.length, columns: this.rows.done(), people: this.people.names };
  }
}
