import type { LakeTable } from '#lib/ports/query-engine';
import { LakeDataError } from '#lib/query-error';

/**
 * The lake tables that hold files but whose view DuckDB could not make
 * (a `series_daily` or `quality_daily` file cut short, in a lake restored
 * in part): their views stay empty until a rollup writes the day again,
 * and a query reading one stops with DuckDB's reason, which names the
 * file. It read no rows before: a run published "no group needs an
 * augment ordered" with every link "with no traffic". Traffic has its own
 * rule (files it cannot read are set aside, `TrafficCheck`).
 *
 * @example
 * tables.note('series_daily', true, view);
 * tables.check('SELECT * FROM series_daily'); // throws LakeDataError
 */
export class UnreadableTables {
  private readonly reasons = new Map<LakeTable, string>();

  /**
   * Records how making a table's view went.
   *
   * @param table - the table
   * @param hasFiles - whether it holds a data file
   * @param view - whether DuckDB made the view, and if not, why
   */
  note(
    table: LakeTable,
    hasFiles: boolean,
    view: { created: boolean; reason?: string },
  ): void {
    // The reason's first line names the file; the statement follows it.
    const reason = (view.reason ?? '').split('\n')[0]!;
    if (hasFiles && !view.created) this.reasons.set(table, reason);
    else this.reasons.delete(table);
  }

  /**
   * Stops a statement that reads a table recorded unreadable.
   *
   * @param sql - the statement
   * @throws LakeDataError naming the table and DuckDB's reason
   */
  check(sql: string): void {
    for (const [table, reason] of this.reasons) {
      if (!new RegExp(`\\b${table}\\b`).test(sql)) continue;
      throw new LakeDataError(
        `${table} cannot be read, so it would read as empty: ${reason} ` +
          '(restore or remove the file: a day whose traffic is still in ' +
          'the lake is then rolled up again)',
      );
    }
  }
}
