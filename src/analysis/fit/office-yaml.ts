/**
 * office.yaml: the fitted scenario as YAML, with comments that say where each number came from
 * (the family chosen and its rivals' AIC, the patience estimate, the week found) and the choices
 * the fit made, so the file reads as its own documentation.
 */
import { Document, isMap, isSeq, YAMLMap, YAMLSeq } from 'yaml';
import type { FitResult } from './fit.js';
import { buildScenario } from './scenario.js';

const fmt = (x: number, digits = 2): string => x.toFixed(digits);

/**
 * `emit` says which additions to write: the CLI always writes the week and weibull keys
 * (FORMAT-AGREEMENTS.md §1-2); the web app writes what its engine reads, so the office it loads runs.
 */
export function officeYaml(fit: Omit<FitResult, 'check'> & { readonly check?: FitResult['check'] }, emit: { readonly week: boolean; readonly weibull: boolean }): string {
  const scenario = buildScenario({ ...fit, check: fit.check ?? null }, { kind: 'week' }, { weibull: emit.weibull, week: emit.week });
  const doc = new Document(scenario);
  doc.commentBefore =
    ` ${fit.name}: fitted by office-sim fit from ${fit.sources.map((s) => s.file).join(', ')}\n` +
    ` records ${fit.period.first} to ${fit.period.last}, ${fit.period.openDates} open dates; every estimate with its interval is in fit.json\n` +
    (fit.calendar.week.detected && !emit.week ? ' the records show a week, but this version of the simulator has no weekly calendar: every day is the base day\n' : '') +
    fit.notes.map((n) => ` - ${n}`).join('\n');
  const customers = doc.get('customers', true);
  if (isSeq(customers)) {
    (customers as YAMLSeq).items.forEach((item, i) => {
      const c = fit.customers.find((x) => isMap(item) && (item as YAMLMap).get('name') === x.name) ?? fit.customers[i];
      if (c === undefined || !isMap(item)) return;
      const best = c.service.candidates[0];
      const parts = [`${c.name}: ${c.visits} visits (${c.served} served, ${c.abandoned} abandoned, ${c.balked} balked)`];
      if (best !== undefined) {
        parts.push(`service: ${best.family} by AIC over ${c.service.candidates.slice(1).map((r) => `${r.family} (+${fmt(r.deltaAic, 1)})`).join(', ')}; mean ${fmt(best.mean.value)} min, KS ${fmt(best.ks.statistic, 3)}, n ${c.service.n}`);
      }
      if (c.patience.exponential !== null) {
        parts.push(`patience: censored MLE mean ${fmt(c.patience.exponential.mean)} min [${fmt(c.patience.exponential.ci95[0])}, ${fmt(c.patience.exponential.ci95[1])}] (naive mean of abandoned waits ${fmt(c.patience.naiveMean ?? 0)})`);
      }
      (item as YAMLMap).commentBefore = parts.map((p) => ` ${p}`).join('\n');
    });
  }
  return doc.toString({ lineWidth: 0 });
}
