import type { ObjectStore } from '#lib/ports/object-store';
import type { AlertChanges } from '#lib/report/email-extras';
import type { ChangesReport } from '#lib/rules/change-types';

/**
 * The run's changes since the previous run, as one line per group key
 * and the keys of the groups re-opened, read from the `changes.json` the
 * report stage published for this date.
 *
 * @param store - the report store
 * @param asOf - the run's date
 * @returns the lines, or undefined without a comparison (first run,
 *   what-if, or no readable file)
 * @example
 * (await loadChangeLines(deps.reports, '2026-11-26'))?.lines['Acme/LHR1/pni'];
 * // 'escalated warning → critical; order-by 15 days earlier (…)'
 */
export async function loadChangeLines(
  store: ObjectStore,
  asOf: string,
): Promise<AlertChanges | undefined> {
  const bytes = await store.get(`reports/${asOf}/changes.json`);
  if (bytes === undefined) return undefined;
  let report: ChangesReport;
  try {
    report = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    // The email goes out without the lines rather than not at all.
    return undefined;
  }
  if (report.previousAsOf === undefined) return undefined;
  return {
    since: report.previousAsOf,
    lines: Object.fromEntries(report.changes.map((c) => [c.key, c.text])),
    reopened: report.changes
      .filter((c) => c.kinds.includes('re-opened'))
      .map((c) => c.key),
  };
}
