/** Compare's verdict sentence and its changes in words, on the trainer's lunch office. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatMoney, formatNumber } from '../../../src/analysis/format.js';
import { changePayback, formatPaybackDays } from '../../../src/analysis/payback.js';
import { summarizeComparison, type CompareSummary } from '../../../src/analysis/run-summary.js';
import { runReplication } from '../../../src/sim/office/index.js';
import type { ReplicationResult } from '../../../src/sim/result.js';
import type { Scenario } from '../../../src/sim/scenario.js';
import { changeWords } from '../../../src/ui/compare/change-words.js';
import { diffDrafts } from '../../../src/ui/compare/draft-diff.js';
import { verdictSentence } from '../../../src/ui/compare/verdict.js';
import { importScenario } from '../../../src/ui/io/scenario-io.js';
import { validateDraft, type Draft } from '../../../src/ui/state/validation.js';

function lesson(file: string): Draft {
  const r = importScenario(readFileSync(new URL(`../../../scenarios/lessons/${file}`, import.meta.url), 'utf8'), file);
  if (r.kind !== 'valid') throw new Error(`${file} must be valid`);
  return { ...r.draft, name: 'Lunch', replications: 40 };
}

function scenarioOf(draft: Draft): Scenario {
  const v = validateDraft(draft, 'office.yaml');
  if (!v.ok || v.scenario === null) throw new Error('must be valid');
  return v.scenario;
}

function results(s: Scenario): ReplicationResult[] {
  return Array.from({ length: s.replications }, (_, r) => runReplication(s, r));
}

const before = lesson('lunch-alone.yaml');
const after = lesson('lunch-covered.yaml');

describe('changes in words', () => {
  it('says a new skill as the work it is for, at a percentage of an expert’s pace', () => {
    const words = diffDrafts(before, after).map((c) => changeWords(c, before, after));
    expect(words.map((w) => w.text)).toEqual(['Cara can now serve at the counter at 80%']);
    expect(words[0]!.newSkill).toEqual({ person: 'Cara', work: 'the counter' });
  });

  it('names people and fields instead of paths', () => {
    const staff = (after.staff ?? []) as Record<string, unknown>[];
    const edited: Draft = { ...after, staff: staff.map((p, i) => (i === 0 ? { ...p, wagePerHour: 30 } : p)).concat([{ name: 'dev', home: 'front' }]) as Draft['staff'] };
    const texts = diffDrafts(after, edited).map((c) => changeWords(c, after, edited).text);
    expect(texts).toContain(`${String(staff[0]!['name']).replace(/^./, (c) => c.toUpperCase())}'s wage: ${String(staff[0]!['wagePerHour'])} → 30`);
    expect(texts).toContain('Dev joins');
    expect(texts.join(' ')).not.toMatch(/staff\[/);
  });

  it('says changes of learning curves in words: whose skill, which part of the curve', () => {
    const staff = (after.staff ?? []) as Record<string, unknown>[];
    const cara = staff.findIndex((p) => p['name'] === 'Cara');
    const withCurve = (tau: number, halfLife: number): Draft =>
      ({
        ...after,
        learning: { forgetting: { halfLifeDays: halfLife, floor: 0.5 } },
        staff: staff.map((p, i) => (i === cara ? { ...p, learning: { front: { timeConstantHours: tau } } } : p)),
      }) as Draft;
    const a = withCurve(25, 60);
    const b = withCurve(10, 30);
    const texts = diffDrafts(a, b).map((c) => changeWords(c, a, b).text);
    expect(texts).toEqual(["Cara's learning of front, time constant (hours of practice): 25 → 10", "Learning, everyone's fading half-life (days): 60 → 30"]);
  });
});

describe('verdictSentence', () => {
  const a = scenarioOf(before);
  const b = scenarioOf(after);
  const summary = summarizeComparison([
    { scenario: { ...a, name: 'Baseline' }, results: results(a) },
    { scenario: { ...b, name: 'Current' }, results: results(b) },
  ]);
  const words = diffDrafts(before, after).map((c) => changeWords(c, before, after));
  const payback = changePayback(summary, 1, a, b);

  it('says who learns what, the gain a day with its interval, the payback and the waits, from the same numbers as the payback card', () => {
    expect(payback).not.toBeNull();
    const p = payback!;
    expect(p.payback.status).toBe('pays');
    const sentence = verdictSentence({ summary, calendar: b.calendar, changes: words, payback: p })!;
    const money = (v: number) => formatMoney(v);
    const wait = summary.metrics['front.waitMean']!;
    const min = (v: number) => formatNumber(v, { digits: v < 10 ? 1 : 0 });
    // The gain is the "Profit per day" headline (one simulated day per replication here).
    const profit = summary.metrics['profit']!.differences[0]!;
    expect(sentence).toBe(
      `Teaching Cara the counter adds ${money(profit.mean!)} a day (${money(profit.ci95![0])} to ${money(profit.ci95![1])}) ` +
        `and pays back its 1,200 in about ${formatPaybackDays(p.payback.days!)}; waits fall from ${min(wait.variants[0]!.mean!)} to ${min(wait.variants[1]!.mean!)} min.`,
    );
  });

  it('says no verdict when nothing changed, and no clear difference when the interval includes zero', () => {
    expect(verdictSentence({ summary, calendar: b.calendar, changes: [], payback: null })).toBeNull();
    const flat: CompareSummary = {
      ...summary,
      metrics: {
        ...summary.metrics,
        profit: { ...summary.metrics['profit']!, differences: [{ vs: 'Current', mean: 10, ci95: [-20, 40], significant: false } as never] },
        'front.waitMean': { ...summary.metrics['front.waitMean']!, differences: [{ vs: 'Current', mean: 0, ci95: [-0.1, 0.1], significant: false } as never] },
      },
    };
    const sentence = verdictSentence({ summary: flat, calendar: { days: 1, warmupMinutes: 0, continuous: false }, changes: [{ text: 'Ben’s wage: 24 → 26' }], payback: null });
    expect(sentence).toMatch(/^This change makes no clear difference to profit \(−20 to 40 a day\); waits stay about [\d.]+ min\.$/);
  });

  it('says a loss as a cost, and a payback that may not come', () => {
    const losing: CompareSummary = {
      ...summary,
      metrics: { ...summary.metrics, profit: { ...summary.metrics['profit']!, differences: [{ vs: 'Current', mean: -50, ci95: [-80, -20], significant: true } as never] } },
    };
    const sentence = verdictSentence({
      summary: losing,
      calendar: { days: 1, warmupMinutes: 0, continuous: false },
      changes: [{ text: 'a' }, { text: 'b' }],
      payback: null,
    })!;
    expect(sentence).toMatch(/^These 2 changes cost 50 a day \(20 to 80\)/);
    const flat = verdictSentence({
      summary: { ...losing, metrics: { ...losing.metrics, profit: { ...losing.metrics['profit']!, differences: [{ vs: 'Current', mean: 5, ci95: [-5, 15], significant: false } as never] } } },
      calendar: { days: 1, warmupMinutes: 0, continuous: false },
      changes: [{ text: 'a' }, { text: 'b' }],
      payback: null,
    })!;
    expect(flat).toMatch(/^These 2 changes make no clear difference/);
  });
});
