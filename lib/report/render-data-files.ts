import { stringify } from 'csv-stringify/sync';
import {
  FORECAST_COLUMNS,
  sortForOutput,
  toForecastRow,
} from './forecast-rows.ts';
import { renderLevelCsv } from './render-level-csv.ts';
import type { ReportFile, ReportInput } from './report-input.ts';
import { SPREADSHEET_SAFE_CAST } from './spreadsheet-safe.ts';
import { stepRows } from './step-text.ts';

const json = (path: string, value: unknown): ReportFile => ({
  path,
  body: `${JSON.stringify(value, null, 1)}\n`,
  contentType: 'application/json',
});

/**
 * The machine-readable outputs: `forecasts.csv` (one row per series, units
 * in the column names, empty where a date is not reached), `forecasts.json`
 * (the same rows; text cells a spreadsheet would evaluate are quoted, see
 * `spreadsheetSafe`), `alerts.json` (groups at warning or critical, most
 * urgent first), `data-quality.json`, `steps.json` (each step detected
 * at the end of a series' history), then the per-level CSV files
 * (`renderLevelCsv`) and `changes.json` when the input has changes.
 * `forecasts.csv` is deprecated: kept one release.
 *
 * @param input - the report input
 * @returns the files
 * @example
 * const [csv] = renderDataFiles(input);
 * csv.body.split('\n')[0]; // 'level,key,isp,site,…'
 */
export function renderDataFiles(input: ReportInput): ReportFile[] {
  const rows = sortForOutput(input.evaluations).map(toForecastRow);
  const csv = stringify(rows, {
    header: true,
    columns: [...FORECAST_COLUMNS],
    // Names starting with = + - @ would run as formulas in a spreadsheet.
    ...SPREADSHEET_SAFE_CAST,
  });
  const alerts = rows.filter(
    (r) =>
      r.level === 'group' &&
      (r.severity === 'warning' || r.severity === 'critical'),
  );
  return [
    {
      path: 'forecasts.csv',
      body: csv,
      contentType: 'text/csv; charset=utf-8',
    },
    json('forecasts.json', rows),
    json('alerts.json', alerts),
    json('data-quality.json', input.dataQuality),
    json('steps.json', stepRows(input.evaluations)),
    ...renderLevelCsv(input),
    ...(input.changes ? [json('changes.json', input.changes)] : []),
  ];
}
