import { z } from 'zod';
import { SEVERITIES, type Severity } from '#lib/domain/vocabulary';
import type { Logger } from '#lib/ports/logger';
import type { ObjectStore } from '#lib/ports/object-store';
import type { AlertChanges } from '#lib/report/email-extras';
import { unchangedHeldText } from '#lib/rules/describe-change';
import { schemaProblem } from '#lib/schema-problem';
import { parseJson } from './previous-run-state.ts';

const severity = z.enum(SEVERITIES);

/** What notify reads of `changes.json` (the report stage writes more). */
const RUN_CHANGES_SCHEMA = z.object({
  previousAsOf: z.string().optional(),
  changes: z.array(
    z.object({
      key: z.string(),
      text: z.string(),
      kinds: z.array(z.string()),
      severity: z.object({ from: severity.optional() }),
    }),
  ),
  state: z.array(
    z.object({
      key: z.string(),
      severity,
      belowSince: z.record(z.string(), z.string()).optional(),
    }),
  ),
  // A file written before the week-long confirmation (2026-12-06) has a
  // rule without confirmDays and no belowSince: no fall held in days.
  rule: z.object({ confirmDays: z.number().optional() }).optional(),
});

type RunChangesFile = z.output<typeof RUN_CHANGES_SCHEMA>;

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
 * A file that is not JSON or not of that shape (the report stage wrote
 * it, so only a damaged store has one) is logged, naming it and the
 * field, and read as none: the emails follow each run's own severity, as
 * without a changes list, and go out without their `Since` lines, rather
 * than notify stopping on a TypeError.
 *
 * @param store - the report store
 * @param asOf - the run's date
 * @param log - where an unreadable file is reported
 * @returns the changes, or undefined without a readable file (a
 *   what-if, or a test that publishes none)
 * @example
 * (await loadRunChanges(deps.reports, '2026-11-26', log))?.held['Acme/LHR1/pni'];
 * // 'critical', while this run alone says 'warning'
 */
export async function loadRunChanges(
  store: ObjectStore,
  asOf: string,
  log: Logger,
): Promise<RunChanges | undefined> {
  const file = `reports/${asOf}/changes.json`;
  const bytes = await store.get(file);
  if (bytes === undefined) return undefined;
  const report = readChanges(bytes);
  if ('problem' in report) {
    log.warn(
      `run's changes unreadable: ${file} ${report.problem}; the emails follow this run's own severities`,
      { file },
    );
    return undefined;
  }
  const held = Object.fromEntries(report.state.map((t) => [t.key, t.severity]));
  if (report.previousAsOf === undefined) return { held, heldBefore: {} };
  return {
    alert: {
      since: report.previousAsOf,
      lines: sinceLines(report),
      reopened: report.changes
        .filter((c) => c.kinds.includes('re-opened'))
        .map((c) => c.key),
    },
    held,
    heldBefore: heldBefore(report, held),
  };
}

/**
 * Each group's `Since` line: a listed change's text, or for a group not
 * listed whose fall the rule holds back, that it is held (an alert read
 * at the run's lower severity would otherwise say only "no change").
 */
function sinceLines(report: RunChangesFile): Record<string, string> {
  const lines: Record<string, string> = {};
  const confirmDays = report.rule?.confirmDays;
  const held = (t: RunChangesFile['state'][number]) =>
    confirmDays === undefined
      ? undefined
      : unchangedHeldText(t, { confirmDays });
  for (const t of report.state) {
    const line = held(t);
    if (line !== undefined) lines[t.key] = line;
  }
  for (const c of report.changes) lines[c.key] = c.text;
  return lines;
}

/** The file as notify reads it, or what keeps it from being read. */
function readChanges(bytes: Uint8Array): RunChangesFile | { problem: string } {
  const json = parseJson(bytes);
  if ('problem' in json) return json;
  const parsed = RUN_CHANGES_SCHEMA.safeParse(json.value, {
    reportInput: true,
  });
  if (parsed.success) return parsed.data;
  const { problem, location } = schemaProblem(parsed.error);
  return { problem: `is not a run's changes (${location.field}: ${problem})` };
}

/**
 * The held severity of the run compared with: a listed group's `from`
 * (none for a new one), an unlisted group's unchanged.
 */
function heldBefore(
  report: RunChangesFile,
  held: Readonly<Record<string, Severity>>,
): Record<string, Severity> {
  const before: Record<string, Severity> = { ...held };
  for (const change of report.changes) {
    if (change.severity.from === undefined) delete before[change.key];
    else before[change.key] = change.severity.from;
  }
  return before;
}
