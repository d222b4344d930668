import type { BacktestCase } from '#lib/domain/backtest';
import { SPREADSHEET_SAFE_CAST } from './spreadsheet-safe.ts';
import { csvPieces } from './text-pieces.ts';

/** The misses file's columns: a `BacktestCase` each, in snake case. */
export const BACKTEST_MISS_COLUMNS = [
  'as_of',
  'group',
  'isp',
  'outcome',
  'severity',
  'order_by_date',
  'critical_date',
  'critical_date_upper',
  'lead_time_days',
  'window_end',
  'actual_crossing',
  'already_critical',
  'error_days',
  'error_days_upper',
] as const;

type MissRow = Record<(typeof BACKTEST_MISS_COLUMNS)[number], unknown>;

/**
 * The misses file (`backtest-misses.csv`): one row per miss of a decision
 * backtest, `false-negative` (a crossing without an alert) or
 * `false-positive` (an alert without a crossing), in the order given
 * (`backtestMisses`), empty where a case has no such date; in pieces of a
 * thousand rows, so that the text is never whole (at 100,000 links the
 * misses run to tens of thousands). Names a spreadsheet would evaluate
 * are quoted (`spreadsheetSafe`).
 *
 * @param misses - the misses, in order
 * @returns the file's text in pieces, the header first
 * @example
 * [...backtestMissesCsv([])].join(''); // 'as_of,group,isp,…\n'
 */
export function backtestMissesCsv(
  misses: readonly BacktestCase[],
): Generator<string> {
  return csvPieces(misses, toRow, {
    header: true,
    columns: [...BACKTEST_MISS_COLUMNS],
    ...SPREADSHEET_SAFE_CAST,
  });
}

function toRow(c: BacktestCase): MissRow {
  return {
    as_of: c.asOf,
    group: c.group,
    isp: c.isp,
    outcome: c.outcome,
    severity: c.severity ?? '',
    order_by_date: c.orderByDate ?? '',
    critical_date: c.criticalDate ?? '',
    critical_date_upper: c.criticalDateUpper ?? '',
    lead_time_days: c.leadTimeDays,
    window_end: c.windowEnd,
    actual_crossing: c.actualCrossing ?? '',
    already_critical: c.alreadyCritical === true,
    error_days: c.errorDays ?? '',
    error_days_upper: c.errorDaysUpper ?? '',
  };
}
