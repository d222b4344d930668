import { stringify } from 'csv-stringify/sync';
import { compareNames } from '#lib/domain/name-order';
import { BLANK, BLANK_ISP } from './blank-rows.ts';
import { type DeferredFile, renderNow } from './deferred-file.ts';
import { augmentRows, groupRow } from './group-rows.ts';
import { type CsvRow, ispRow, linkRow } from './level-rows.ts';
import { byUrgency } from './rank.ts';
import type { ReportFile, ReportInput } from './report-input.ts';
import { groupsByIsp, reportedIsps } from './reported-isps.ts';
import { SPREADSHEET_SAFE_CAST } from './spreadsheet-safe.ts';
import { csvPieces } from './text-pieces.ts';

/**
 * Turns rows into CSV text with a header, `true`/`false` for booleans,
 * empty cells for `null` and formula-like text neutralised.
 *
 * @param rows - the rows
 * @param template - a row whose keys give the columns (for an empty file)
 * @returns the CSV text
 * @example
 * toCsv([{ a: 1 }], { a: 0 }); // 'a\n1\n'
 */
export function toCsv(rows: readonly CsvRow[], template: CsvRow): string {
  return stringify([...rows], {
    ...CSV_OPTIONS,
    columns: Object.keys(template),
  });
}

const CSV_OPTIONS = {
  header: true,
  // Text a spreadsheet would evaluate (=, +, -, @…) is quoted.
  ...SPREADSHEET_SAFE_CAST,
};

const csvFile = (
  path: string,
  pieces: () => Iterable<string>,
): DeferredFile => ({ path, pieces, contentType: 'text/csv; charset=utf-8' });

/** `toCsv` in pieces, each row made only when its piece is. */
const csvOf = <T>(
  items: readonly T[],
  toRow: (item: T) => CsvRow,
  template: CsvRow,
) =>
  csvPieces(items, toRow, { ...CSV_OPTIONS, columns: Object.keys(template) });

/**
 * The per-level CSV files a spreadsheet can sum: `groups.csv` (one row per
 * capacity group, most urgent first), `isps.csv` (one per ISP, its ask the
 * sum of its groups'), `links.csv` (one per link, with its group, no
 * severity or ask) and `augments.csv` (one augment per row, planned or in
 * service already). Every
 * file has an `as_of` column and `_gbps` beside each `_bps` column.
 *
 * @param input - the report input
 * @returns the four files
 * @example
 * renderLevelCsv(input).map((f) => f.path);
 * // ['groups.csv', 'isps.csv', 'links.csv', 'augments.csv']
 */
export function renderLevelCsv(input: ReportInput): ReportFile[] {
  return levelCsvRenderers(input).map(renderNow);
}

/**
 * `renderLevelCsv`'s files, each rendered only when asked.
 *
 * @param input - the report input
 * @returns the four files
 * @example
 * [...levelCsvRenderers(input)[0]!.pieces()][0]; // groups' header first
 */
export function levelCsvRenderers(input: ReportInput): DeferredFile[] {
  const { asOf } = input;
  const groups = () =>
    input.evaluations.filter((e) => e.level === 'group').sort(byUrgency);
  const isps = () => {
    const byIsp = groupsByIsp(groups());
    return reportedIsps(input).map((s) =>
      ispRow(s, byIsp.get(s.isp) ?? [], asOf),
    );
  };
  const links = () =>
    input.evaluations
      .filter((e) => e.level === 'link')
      .sort((a, b) => compareNames(a.key, b.key));
  return [
    csvFile('groups.csv', () =>
      csvOf(groups(), (g) => groupRow(g, asOf), groupRow(BLANK, asOf)),
    ),
    csvFile('isps.csv', () => [toCsv(isps(), ispRow(BLANK_ISP, [], asOf))]),
    csvFile('links.csv', () =>
      csvOf(links(), (l) => linkRow(l, asOf), linkRow(BLANK, asOf)),
    ),
    csvFile('augments.csv', () => [
      toCsv(
        groups().flatMap((g) => augmentRows(g, asOf)),
        augmentRows(BLANK, asOf)[0]!,
      ),
    ]),
  ];
}
