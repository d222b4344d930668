import { compareCodePoints } from '#lib/domain/code-point-order';
import type { Severity } from '#lib/domain/vocabulary';
import type { Logger } from '#lib/ports/logger';
import type { ObjectStore } from '#lib/ports/object-store';
import type { TrackedGroup } from '#lib/rules/change-types';
import type { PreviousRun } from '#lib/rules/compute-changes';

const RUN_FILE =
  /^reports\/(\d{4}-\d{2}-\d{2})\/(changes\.json|forecasts\.json)$/;

/** A `forecasts.json` row, as far as the comparison reads it. */
interface ForecastJsonRow {
  readonly level: string;
  readonly key: string;
  readonly isp: string;
  readonly severity: Severity;
  readonly recommended_ports: number;
  readonly recommended_add_bps: number | null;
  readonly port_bps: number | null;
  readonly order_by_date: string | null;
  readonly growth_pct_per_year: number | null;
}

/**
 * The newest complete run (with a manifest) dated before `asOf` that left
 * a comparison state: its `changes.json`, or, for a run older than
 * changes, its `forecasts.json` (group rows, without the hysteresis
 * memory). Dated before `asOf`, so a rerun of the same day compares with
 * the same previous run; complete, so a run killed while publishing
 * (never notified nor made latest) does not hide its changes from the
 * next one.
 *
 * @param store - the report store
 * @param asOf - this run's date
 * @param log - warned about an unreadable file (then: no previous run)
 * @returns the previous run, or undefined on a first run
 * @example
 * const previous = await loadPreviousRun(deps.reports, '2026-11-26', log);
 */
export async function loadPreviousRun(
  store: ObjectStore,
  asOf: string,
  log: Logger,
): Promise<PreviousRun | undefined> {
  const listed = await store.list('reports/');
  // Only complete runs (with a manifest): a run killed while publishing
  // left a changes.json that nobody was shown or notified of.
  const complete = new Set(listed);
  // On one day, changes.json sorts after forecasts.json and wins.
  const found = listed
    .map((key) => RUN_FILE.exec(key))
    .filter(
      (m) =>
        m !== null &&
        m[1]! < asOf &&
        complete.has(`reports/${m[1]}/manifest.json`),
    )
    .sort(
      (a, b) =>
        compareCodePoints(a![1]!, b![1]!) || compareCodePoints(b![2]!, a![2]!),
    )
    .at(-1);
  if (!found) return undefined;
  const [key, day, file] = found;
  try {
    const text = new TextDecoder().decode(await store.get(key));
    const parsed = JSON.parse(text);
    return file === 'changes.json'
      ? { asOf: day!, state: parsed.state as TrackedGroup[] }
      : { asOf: day!, state: stateFromRows(parsed as ForecastJsonRow[]) };
  } catch (error) {
    log.warn('previous run unreadable: changes start afresh', {
      key,
      error: (error as Error).message,
    });
    return undefined;
  }
}

function stateFromRows(rows: readonly ForecastJsonRow[]): TrackedGroup[] {
  return rows
    .filter((r) => r.level === 'group')
    .map((r) => ({
      key: r.key,
      isp: r.isp,
      severity: r.severity,
      askPorts: r.recommended_ports,
      askBps: r.recommended_add_bps ?? 0,
      portBps: r.port_bps ?? 0,
      ...(r.order_by_date ? { orderByDate: r.order_by_date } : {}),
      growthPctPerYear: r.growth_pct_per_year ?? Number.NaN,
      rawSeverity: r.severity,
      rawAskPorts: r.recommended_ports,
      everAtRisk: r.severity === 'warning' || r.severity === 'critical',
    }));
}
