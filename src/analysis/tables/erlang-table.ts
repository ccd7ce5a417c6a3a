/**
 * The Erlang baseline table, said once: for each counter class and queueing model, what the
 * formula predicts at the class's average rate beside what the simulation found. The report, the
 * web app and `office-sim run` render these columns.
 */
import type { ErlangBaseline, ErlangBaselineRow } from '../erlang-baseline.js';
import { text, value, type TableSpec } from './table-spec.js';


/** A row: the formula's figures and the simulated means of the same class. */
export interface ErlangTableRow {
  readonly formula: ErlangBaselineRow;
  /** Simulated mean wait, service level and abandonment of the class; null when not simulated. */
  readonly simulated: { readonly waitMean: number | null; readonly serviceLevel: number | null; readonly abandonRate: number | null };
}

/** What the simulated columns are read from: a run's metric means (a summary or its JSON). */
export type SimulatedMetrics = Readonly<Record<string, { readonly mean: number | null } | undefined>> | null;

/** The rows of a baseline, with the simulated values of each class from `metrics`. */
export function erlangRows(baseline: ErlangBaseline, metrics: SimulatedMetrics): ErlangTableRow[] {
  const mean = (name: string, m: string) => metrics?.[`customer.${name}.${m}`]?.mean ?? null;
  return baseline.rows.map((formula) => ({
    formula,
    simulated: {
      waitMean: mean(formula.customerClass, 'waitMean'),
      serviceLevel: mean(formula.customerClass, 'serviceLevel'),
      abandonRate: mean(formula.customerClass, 'abandonRate'),
    },
  }));
}

export const ERLANG_TITLE = 'Erlang baseline: the textbook answer beside the simulation';

/** How to read the table, in a sentence or two. */
export const ERLANG_LEAD =
  'What the classic queueing formulas predict for each counter class at its average arrival rate, with the people at the counter who can serve it (Erlang C; Erlang A when patience is exponential). They assume a steady rate and identical servers who never leave; the gap to the simulated figures shows what breaks, absences and peaks add. Needed: the fewest servers that meet the service-level target by the formula; – where the formula has no answer (the queue is unstable at this staffing).';

/** Heading of the list of broken assumptions under the table. */
export const ERLANG_NOTES_HEADING = "This office breaks the formulas' assumptions:";

const FORMULA = 'formula';
const SIMULATED = 'simulated';

export const ERLANG_TABLE: TableSpec<ErlangTableRow> = {
  name: 'erlang',
  columns: [
    { id: 'class', header: 'Class', short: 'class', align: 'left', cell: (r) => text(r.formula.customerClass) },
    { id: 'model', header: 'Model', short: 'model', align: 'left', cell: (r) => text(r.formula.model) },
    { id: 'arrivals_per_hour', header: 'Per hour', short: 'arrivals/h', title: 'Average arrivals per opening hour', align: 'right', cell: (r) => value(r.formula.arrivalsPerHour, 'perHour') },
    { id: 'service_minutes', header: 'Service', short: 'service min', title: 'Mean service time at the servers’ average proficiency', align: 'right', cell: (r) => value(r.formula.serviceMinutes, 'minutes') },
    {
      id: 'load',
      header: 'Load',
      short: 'load',
      title: 'Offered load in Erlangs: arrivals per minute × service minutes (servers busy on average)',
      align: 'right',
      cell: (r) => value((r.formula.arrivalsPerHour * r.formula.serviceMinutes) / 60, 'number'),
    },
    { id: 'servers', header: 'Servers', short: 'servers', title: 'People at the counter who can serve the class', align: 'right', cell: (r) => value(r.formula.servers, 'integer') },
    {
      id: 'servers_needed',
      header: 'Needed',
      short: 'needed',
      title: 'Fewest servers that meet the service-level target by the formula',
      align: 'right',
      cell: (r) => value(r.formula.serversForTarget ?? null, 'integer'),
    },
    { id: 'prob_wait', header: 'P(wait)', short: 'P(wait) %', title: 'Probability a served customer waits, by the formula', align: 'right', role: 'model', cell: (r) => value(r.formula.probWait, 'fraction') },
    { id: 'wait_formula', header: FORMULA, short: 'wait min', group: 'Mean wait', align: 'right', role: 'model', cell: (r) => value(r.formula.waitMean, 'minutes') },
    { id: 'wait_simulated', header: SIMULATED, short: 'sim wait', group: 'Mean wait', align: 'right', role: 'sim', cell: (r) => value(r.simulated.waitMean, 'minutes') },
    { id: 'service_level_formula', header: FORMULA, short: 'SL %', group: 'Service level', align: 'right', role: 'model', cell: (r) => value(r.formula.serviceLevel, 'fraction') },
    { id: 'service_level_simulated', header: SIMULATED, short: 'sim SL', group: 'Service level', align: 'right', role: 'sim', cell: (r) => value(r.simulated.serviceLevel, 'fraction') },
    { id: 'abandon_formula', header: FORMULA, short: 'abandon %', group: 'Abandonment', align: 'right', role: 'model', cell: (r) => value(r.formula.abandonRate ?? null, 'fraction') },
    { id: 'abandon_simulated', header: SIMULATED, short: 'sim abandon', group: 'Abandonment', align: 'right', role: 'sim', cell: (r) => value(r.simulated.abandonRate, 'fraction') },
  ],
};
