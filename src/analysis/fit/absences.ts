/**
 * Sick probability per person-day from an absence list: sick days over the person-days the person
 * was rostered. Files that list every person-day (a status per day) give the denominator directly;
 * a plain list of sick days is completed with the days the person was seen working in the visit
 * and task records. Wilson 95% intervals.
 */
import type { AbsenceRecords } from './records.js';
import { normalQuantile } from '../special.js';

export interface Proportion {
  readonly sickDays: number;
  readonly personDays: number;
  readonly probability: number;
  readonly ci95: [number, number];
}

export interface AbsenceFit {
  readonly overall: Proportion;
  readonly perPerson: readonly (Proportion & { readonly name: string; readonly differs: boolean })[];
  /** Planned leave days (other reasons), not counted as sickness nor as rostered days. */
  readonly leaveDays: number;
}

export function wilson(successes: number, n: number): [number, number] {
  if (n === 0) return [0, 1];
  const z = normalQuantile(0.975);
  const p = successes / n;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / (1 + (z * z) / n);
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/** `worked` maps a person's name to the dates they were seen working in the other records. */
export function fitAbsences(records: AbsenceRecords, worked: ReadonlyMap<string, ReadonlySet<number>>): AbsenceFit {
  const { person, day, sick } = records.columns;
  const perPerson = records.people.map(() => ({ sick: new Set<number>(), present: new Set<number>(), leave: new Set<number>() }));
  for (let i = 0; i < records.n; i++) {
    const p = perPerson[person[i]!]!;
    (sick[i] === 1 ? p.sick : sick[i] === 0 ? p.present : p.leave).add(day[i]!);
  }
  let sickDays = 0;
  let personDays = 0;
  let leaveDays = 0;
  const rows = records.people.map((name, i) => {
    const p = perPerson[i]!;
    const days = new Set<number>([...p.present, ...(worked.get(name) ?? [])]);
    for (const d of p.sick) days.delete(d);
    const n = days.size + p.sick.size;
    sickDays += p.sick.size;
    personDays += n;
    leaveDays += p.leave.size;
    return { name, sickDays: p.sick.size, personDays: n, probability: n === 0 ? 0 : p.sick.size / n, ci95: wilson(p.sick.size, n) };
  });
  const overall: Proportion = { sickDays, personDays, probability: personDays === 0 ? 0 : sickDays / personDays, ci95: wilson(sickDays, personDays) };
  return { overall, perPerson: rows.map((r) => ({ ...r, differs: r.personDays > 0 && (overall.probability < r.ci95[0] || overall.probability > r.ci95[1]) })), leaveDays };
}
