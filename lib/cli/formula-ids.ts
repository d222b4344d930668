import { quoted } from '#lib/input-message';
import { spreadsheetSafe } from '#lib/report/spreadsheet-safe';

/**
 * The series ids of `headroom forecast`'s input that a spreadsheet would
 * run as a formula (`=HYPERLINK(…)`, `+44…`, `-1`, `@SUM(…)`: OWASP's
 * "CSV Injection", `spreadsheetSafe`), counted as the series are read,
 * for one warning at the end. The command's output is for comparison
 * with other forecasters, which join on `series_id`: its ids are written
 * as read unless `--spreadsheet-safe` asks for a leading `'`, as CSV
 * writers make escaping opt-in (csv-stringify's `escape_formulas`,
 * Symfony's `csv_escape_formulas`). Either way the warning says so: a
 * formula written without a word, or an id changed without one.
 *
 * @example
 * const ids = new FormulaIds();
 * ids.see('=1+1');
 * ids.warning('in.csv', false); // "in.csv: 1 series id starts with …"
 */
export class FormulaIds {
  private count = 0;
  private first = '';

  /**
   * Counts an id that a spreadsheet would run as a formula.
   *
   * @param id - a series id as read
   */
  see(id: string): void {
    if (spreadsheetSafe(id) === id) return;
    if (this.count === 0) this.first = id;
    this.count += 1;
  }

  /**
   * The warning, once the input is read; undefined when no id was one.
   *
   * @param input - the input file, for the message
   * @param safe - whether `--spreadsheet-safe` was given
   * @returns the warning, or undefined
   */
  warning(input: string, safe: boolean): string | undefined {
    if (this.count === 0) return undefined;
    const [ids, first] =
      this.count === 1
        ? ['1 series id starts with', '']
        : [`${this.count} series ids start with`, ' first'];
    const done = safe
      ? "written with a leading ' (--spreadsheet-safe), which a program joining on series_id must drop"
      : "written as read; give --spreadsheet-safe to write them with a leading '";
    return (
      `${input}: ${ids} =, +, -, @, a tab or a carriage return ` +
      `('${quoted(this.first)}'${first}), which a spreadsheet opening the ` +
      `output runs as a formula: ${done}`
    );
  }
}
