import type { LinkQuality } from '#lib/domain/quality';
import { QUALITY_KINDS, type QualityKind } from '#lib/domain/vocabulary';
import type { QueryEngine, SqlRow } from '#lib/ports/query-engine';
import { selectQualityTotalsSql } from '#lib/sql/select-quality-totals';
import { type DayWindow, selectQualitySql } from '#lib/sql/select-series';

/** The per-link rows of the data-quality report read at a time. */
export const QUALITY_PAGE_ROWS = 1_000;

/**
 * The data-quality report's per-link rows (`byLink`: counts per link and
 * kind over the window, with the number of days each occurred on), in
 * the report's order, a thousand at a time as the query engine reads
 * them: a fleet's rows (a link can have every kind) are never all held,
 * they are written on as they come (`writeQualityReport`;
 * docs/architecture.md "The plan's memory").
 *
 * @param engine - the query engine
 * @param window - `from` (inclusive) and `to` (exclusive), `YYYY-MM-DD`
 * @returns the rows, in pages
 * @throws QueryError when the engine fails
 * @example
 * for await (const rows of qualityRowPages(engine, window)) rows.length;
 */
export async function* qualityRowPages(
  engine: QueryEngine,
  window: DayWindow,
): AsyncGenerator<LinkQuality[]> {
  const sql = selectQualitySql(window);
  for await (const rows of engine.queryPages(sql, QUALITY_PAGE_ROWS)) {
    const page = rows.filter(isKind).map((row) => ({
      // null, not a label: a real id could spell any label.
      linkId: row.link_id === null ? null : String(row.link_id),
      kind: row.kind as QualityKind,
      count: Number(row.count),
      days: Number(row.days),
    }));
    if (page.length > 0) yield page;
  }
}

/** The window's counts per kind, and how many rows had no `link_id`. */
export interface QualityTotals {
  readonly totals: Partial<Record<QualityKind, number>>;
  /** Of `totals.unknown_link`, the rows without a `link_id`. */
  readonly noLinkIdRows: number;
}

/**
 * The data-quality report's totals per kind over the window, summed by
 * the query engine, in the order the kinds first appear in its per-link
 * rows (`qualityRowPages`), as a sum over those rows would have them,
 * and of them the rows without a `link_id`, named apart in the report.
 *
 * @param engine - the query engine
 * @param window - `from` (inclusive) and `to` (exclusive), `YYYY-MM-DD`
 * @returns the count of each kind that occurred, and the rows of no link
 * @throws QueryError when the engine fails
 * @example
 * await loadQualityTotals(engine, window);
 * // { totals: { spike: 5, unknown_link: 4 }, noLinkIdRows: 4 }
 */
export async function loadQualityTotals(
  engine: QueryEngine,
  window: DayWindow,
): Promise<QualityTotals> {
  const rows = await engine.query(selectQualityTotalsSql(window));
  const totals: Partial<Record<QualityKind, number>> = {};
  let noLinkIdRows = 0;
  for (const row of rows.filter(isKind)) {
    totals[row.kind as QualityKind] = Number(row.count);
    noLinkIdRows += Number(row.no_link ?? 0);
  }
  return { totals, noLinkIdRows };
}

/** Rows of a kind the report names; others are left out of it. */
function isKind(row: SqlRow): boolean {
  return QUALITY_KINDS.includes(row.kind as QualityKind);
}
