/**
 * Renders the fit report in Node: linkedom's document for the charts, as report-file.ts does for
 * run reports. Loaded only with --report.
 */
import type { FitResult } from '../analysis/fit/fit.js';

export async function renderFitReport(fit: FitResult): Promise<string> {
  const [{ parseHTML }, { renderFitReportHtml }] = await Promise.all([import('linkedom'), import('../analysis/report/fit-report.js')]);
  const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  return renderFitReportHtml(fit, document as unknown as Document);
}
