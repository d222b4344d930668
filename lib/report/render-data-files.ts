import type { Evaluation } from '#lib/domain/evaluation';
import type { DataQualityReport } from '#lib/domain/quality';
import { isAtRisk } from '#lib/domain/vocabulary';
import { type DeferredFile, renderNow } from './deferred-file.ts';
import {
  FORECAST_COLUMNS,
  type ForecastRow,
  sortForOutput,
  toForecastRow,
} from './forecast-rows.ts';
import { levelCsvRenderers } from './render-level-csv.ts';
import type { ReportFile, ReportInput } from './report-input.ts';
import { SPREADSHEET_SAFE_CAST } from './spreadsheet-safe.ts';
import { stepRows } from './step-text.ts';
import { csvPieces, jsonArrayPieces, jsonObjectPieces } from './text-pieces.ts';

/** The data-quality report's file, among `dataFileRenderers`'. */
export const QUALITY_FILE = 'data-quality.json';

const json = (path: string, value: () => unknown): DeferredFile => ({
  path,
  pieces: () => [`${JSON.stringify(value(), null, 1)}\n`],
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
  return dataFileRenderers(input).map(renderNow);
}

/**
 * `renderDataFiles`' files, each rendered only when asked, the forecast
 * rows a thousand at a time (`csvPieces`, `jsonArrayPieces`), so that no
 * file holds all its rows.
 *
 * @param input - the report input
 * @returns the files, in `renderDataFiles`' order
 * @example
 * const [csv] = dataFileRenderers(input);
 * [...csv.pieces()][0]?.split('\n')[0]; // 'level,key,isp,site,…'
 */
export function dataFileRenderers(input: ReportInput): DeferredFile[] {
  const { changes, asOf } = input;
  const row = (e: Evaluation) => toForecastRow(e, asOf);
  // Sorting is stable: the alerts keep the order they have in forecasts.
  const alerts = () => sortForOutput(input.evaluations.filter(isAlert));
  return [
    {
      path: 'forecasts.csv',
      pieces: () => csvPieces(sortForOutput(input.evaluations), row, CSV),
      contentType: 'text/csv; charset=utf-8',
    },
    {
      path: 'forecasts.json',
      pieces: () => jsonRows(sortForOutput(input.evaluations), row),
      contentType: 'application/json',
    },
    json('alerts.json', () => alerts().map(row)),
    {
      // Its per-link rows a thousand at a time: a fleet's run to tens of
      // megabytes (docs/architecture.md "Publish's memory").
      path: QUALITY_FILE,
      pieces: () => qualityPieces(input.dataQuality),
      contentType: 'application/json',
    },
    json('steps.json', () => stepRows(input.evaluations)),
    ...levelCsvRenderers(input),
    ...(changes ? [json('changes.json', () => changes)] : []),
  ];
}

/** `json`'s text of the data-quality report, `byLink` in pieces. */
function* qualityPieces(quality: DataQualityReport) {
  yield* jsonObjectPieces({ ...quality }, 'byLink', 1);
  yield '\n';
}

const isAlert = (e: Evaluation) => e.level === 'group' && isAtRisk(e.severity);

const CSV = {
  header: true,
  columns: [...FORECAST_COLUMNS],
  // Names starting with = + - @ would run as formulas in a spreadsheet.
  ...SPREADSHEET_SAFE_CAST,
};

function* jsonRows(
  evaluations: readonly Evaluation[],
  row: (e: Evaluation) => ForecastRow,
) {
  yield* jsonArrayPieces(evaluations, row, 1);
  yield '\n';
}
