/**
 * The planner's answer as files, shared by the CLI and the web app: the frontier as CSV (one row
 * per budget step, through the one CSV writer) and each frontier plan as a scenario file, the
 * user's own file with the trainings added, ready for `run`, `compare` and the trainer.
 */
import { isMap, isSeq, parseDocument, type YAMLMap } from 'yaml';
import { csvText, type CsvCell } from '../../analysis/csv.js';
import { KPI_KEYS } from '../../sim/metric-catalogue.js';
import type { FrontierPointJson, TrainingJson, TrainingPlanJson } from './result.js';

/** "eve:front; finn:front" */
export function trainingsText(trainings: readonly TrainingJson[]): string {
  return trainings.map((t) => `${t.person}:${t.skill}`).join('; ');
}

/**
 * One row per budget step: the trainings, their cost, the objective's and every headline metric's
 * paired difference against today (whole-run totals, as plan.json), and the payback in working days.
 */
export function frontierCsv(plan: TrainingPlanJson): string {
  const keys = [plan.objective, ...KPI_KEYS.filter((k) => k !== plan.objective)];
  const header = [
    'step',
    'trainings',
    'new_skills',
    'one_off_cost',
    'objective',
    ...keys.flatMap((k) => [`${k}_mean`, `${k}_difference`, `${k}_difference_ci95_low`, `${k}_difference_ci95_high`, `${k}_significant`]),
    'payback_status',
    'payback_days',
    'payback_days_ci95_low',
    'payback_days_ci95_high',
    'meets_constraints',
    'scenario_file',
  ];
  const rows = plan.frontier.map((p: FrontierPointJson, i): CsvCell[] => [
    i + 1,
    trainingsText(p.trainings),
    p.newSkills,
    p.cost,
    plan.objective,
    ...keys.flatMap((k) => {
      const d = p.differences[k];
      return [p.metrics[k]?.mean ?? null, d?.mean ?? null, d?.ci95?.[0] ?? null, d?.ci95?.[1] ?? null, d?.significant ?? null];
    }),
    p.paybackDays.status,
    p.paybackDays.mean,
    p.paybackDays.ci95?.[0] ?? null,
    p.paybackDays.ci95?.[1] ?? null,
    p.meetsConstraints,
    p.scenarioFile,
  ]);
  return csvText(header, rows);
}

/**
 * The scenario file text with the trainings added (every trained staff entry gets the skill at its
 * proficiency), the run's seed and replications, and a note on top. Comments and layout of the
 * user's file are kept (yaml's document model); a JSON file comes back as YAML.
 */
export function planScenarioText(sourceText: string, trainings: readonly TrainingJson[], settings: { seed: number; replications: number; note: string }): string {
  const doc = parseDocument(sourceText);
  const staff = doc.get('staff');
  if (!isSeq(staff)) throw new Error('invalid scenario: no staff list');
  for (const t of trainings) {
    const entry = staff.items.find((item) => isMap(item) && item.get('name') === t.person) as YAMLMap | undefined;
    if (entry === undefined) throw new Error(`invalid training: no staff entry ${JSON.stringify(t.person)}`);
    const skills = entry.get('skills');
    if (isMap(skills)) skills.set(t.skill, t.proficiency);
    else entry.set('skills', doc.createNode({ [t.skill]: t.proficiency }, { flow: true }));
  }
  doc.set('seed', settings.seed);
  doc.set('replications', settings.replications);
  const before = doc.commentBefore ? `${doc.commentBefore}\n` : '';
  doc.commentBefore = ` ${settings.note.split('\n').join('\n ')}\n${before}`;
  return doc.toString({ lineWidth: 0 });
}
