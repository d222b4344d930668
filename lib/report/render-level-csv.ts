import { stringify } from 'csv-stringify/sync';
import type { Evaluation, IspSummary } from '#lib/domain/evaluation';
import { augmentRows, groupRow } from './group-rows.ts';
import { type CsvRow, ispRow, linkRow } from './level-rows.ts';
import { byUrgency } from './rank.ts';
import type { ReportFile, ReportInput } from './report-input.ts';
import { groupsByIsp, reportedIsps } from './reported-isps.ts';
import { SPREADSHEET_SAFE_CAST } from './spreadsheet-safe.ts';

/** A blank evaluation, only to list each file's columns when it is empty. */
const BLANK: Evaluation = {
  level: 'group',
  key: '',
  isp: '',
  site: '',
  region: '',
  linkType: '',
  owner: '',
  model: '',
  lastPeakBps: 0,
  capacityBps: 0,
  utilization: 0,
  growthPctPerYear: 0,
  leadTimeDays: 0,
  severity: 'ok',
  recommendedAddBps: 0,
  recommendedPorts: 0,
  portBps: 0,
  n1Ok: true,
  plannedAugments: [
    { group: '', inServiceDate: '', addedBps: 0, reference: '', lateByDays: 0 },
  ],
  warning: 0,
  critical: 0,
};
const BLANK_ISP: IspSummary = {
  isp: '',
  asn: 0,
  region: '',
  owner: '',
  demandBps: 0,
  growthPctPerYear: 0,
  growthLowPctPerYear: 0,
  growthHighPctPerYear: 0,
  capacityBps: 0,
  headroom: 0,
  groupsAtRisk: 0,
  worstSeverity: 'ok',
};

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
    header: true,
    columns: Object.keys(template),
    // Text a spreadsheet would evaluate (=, +, -, @…) is quoted.
    ...SPREADSHEET_SAFE_CAST,
  });
}

const csvFile = (path: string, body: string): ReportFile => ({
  path,
  body,
  contentType: 'text/csv; charset=utf-8',
});

/**
 * The per-level CSV files a spreadsheet can sum: `groups.csv` (one row per
 * capacity group, most urgent first), `isps.csv` (one per ISP, its ask the
 * sum of its groups'), `links.csv` (one per link, with its group, no
 * severity or ask) and `augments.csv` (one planned augment per row). Every
 * file has an `as_of` column and `_gbps` beside each `_bps` column.
 *
 * @param input - the report input
 * @returns the four files
 * @example
 * renderLevelCsv(input).map((f) => f.path);
 * // ['groups.csv', 'isps.csv', 'links.csv', 'augments.csv']
 */
export function renderLevelCsv(input: ReportInput): ReportFile[] {
  const { asOf } = input;
  const groups = input.evaluations
    .filter((e) => e.level === 'group')
    .sort(byUrgency);
  const links = input.evaluations
    .filter((e) => e.level === 'link')
    .sort((a, b) => a.key.localeCompare(b.key));
  const byIsp = groupsByIsp(groups);
  const isps = reportedIsps(input).map((s) =>
    ispRow(s, byIsp.get(s.isp) ?? [], asOf),
  );
  return [
    csvFile(
      'groups.csv',
      toCsv(
        groups.map((g) => groupRow(g, asOf)),
        groupRow(BLANK, asOf),
      ),
    ),
    csvFile('isps.csv', toCsv(isps, ispRow(BLANK_ISP, [], asOf))),
    csvFile(
      'links.csv',
      toCsv(
        links.map((l) => linkRow(l, asOf)),
        linkRow(BLANK, asOf),
      ),
    ),
    csvFile(
      'augments.csv',
      toCsv(
        groups.flatMap((g) => augmentRows(g, asOf)),
        augmentRows(BLANK, asOf)[0]!,
      ),
    ),
  ];
}
