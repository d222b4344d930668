import type { Severity } from '#lib/domain/vocabulary';
import type { ObjectStore } from '#lib/ports/object-store';
import type { AlertChanges } from '#lib/report/email-extras';
import type { ChangesReport } from '#lib/rules/change-types';

/** What notify takes from the run's `changes.json`. */
export interface RunChanges {
  /** The alerts' `Since` lines; undefined on a first run. */
  readonly alert?: AlertChanges;
  /** Each group's severity as the changes list holds it in this run. */
  readonly held: Readonly<Record<string, Severity>>;
  /** The held severity of the run compared with, where there was one. */
  readonly heldBefore: Readonly<Record<string, Severity>>;
}

/**
 * The run's changes since the previous run, read from the `changes.json`
 * the report stage published for this date: one line per group key, the
 * keys of the groups re-opened, and each group's held severity, now and
 * in the run compared with (README "Changes since the previous run"), so
 * that the emails follow the level the changes list reports, not each
 * run's own (docs/architecture.md "Emails follow the held severity").
 *
 * @param store - the report store
 * @param asOf - the run's date
 * @returns the changes, or undefined without a readable file (a
 *   what-if, or a test that publishes none)
 * @example
 * (await loadRunChanges(deps.reports, '2026-11-26'))?.held['Acme/LHR1/pni'];
 * // 'critical', while this run alone says 'warning'
 */
export async function loadRunChanges(
  store: ObjectStore,
  asOf: string,
): Promise<RunChanges | undefined> {
  const bytes = await store.get(`reports/${asOf}/changes.json`);
  if (bytes === undefined) return undefined;
  let report: ChangesReport;
  try {
    report = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    // The email goes out without the lines rather than not at all.
    return undefined;
  }
  const held = Object.fromEntries(
    (report.state ?? []).map((t) => [t.key, t.severity]),
  );
  if (report.previousAsOf === undefined) return { held, heldBefore: {} };
  return {
    alert: {
      since: report.previousAsOf,
      lines: Object.fromEntries(report.changes.map((c) => [c.key, c.text])),
      reopened: report.changes
        .filter((c) => c.kinds.includes('re-opened'))
        .map((c) => c.key),
    },
    held,
    heldBefore: heldBefore(report, held),
  };
}

/**
 * The held severity of the run compared with: a listed group's `from`
 * (none for a new one), an unlisted group's unchanged.
 */
function heldBefore(
  report: ChangesReport,
  held: Readonly<Record<string, Severity>>,
): Record<string, Severity> {
  const before: Record<string, Severity> = { ...held };
  for (const change of report.changes) {
    if (change.severity.from === undefined) delete before[change.key];
    else before[change.key] = change.severity.from;
  }
  return before;
}
