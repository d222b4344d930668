import { parse } from 'csv-parse/sync';
import { renderLevelCsv } from '#lib/report/render-level-csv';
import type { ReportInput } from '#lib/report/report-input';
import { fixtureInput } from '../../fixtures/report/report-input.ts';

/** A CSV row, by column. */
export type Row = Record<string, string>;

/** The rows of each CSV file `renderLevelCsv` writes, by its path. */
export function read(
  input: ReportInput = fixtureInput(),
): Record<string, Row[]> {
  return Object.fromEntries(
    renderLevelCsv(input).map((f) => [
      f.path,
      parse(f.body, { columns: true }) as Row[],
    ]),
  );
}
