import type { DuckDbQueryEngine } from '#lib/adapters/local/duckdb-query-engine';
import { useOpenEngine } from '../../helpers/engine-dir.ts';

/** The day of the quality rows. */
export const DAY = '2026-01-01';
/** How many links have a duplicate and a zero that day. */
export const LINKS = 5_000;

/**
 * One day of `quality_daily`: a spike on `a0`, a duplicate and a zero on
 * each of `LINKS` links, rows with no link and a kind the report does not
 * name: 10,002 rows per link and kind in the report, whose kinds first
 * appear in an order that is not the alphabet's.
 */
export const QUALITY_DAY = `SELECT '${DAY}' AS dt, * FROM (
SELECT 'a0' AS link_id, 'spike' AS kind, CAST(3 AS bigint) AS "count"
UNION ALL SELECT 'a1', 'bogus', CAST(7 AS bigint)
UNION ALL SELECT NULL, 'unknown_link', CAST(288 AS bigint)
UNION ALL SELECT 'l' || lpad(CAST(i AS varchar), 4, '0'), kind,
  CAST(CASE kind WHEN 'zero' THEN 1 ELSE 2 END AS bigint)
FROM range(1, ${LINKS + 1}) r(i), (VALUES ('zero'), ('duplicate')) k(kind))`;

/** The test's folder (made in `beforeEach`). */
export let dir: string;
/** An engine over a lake in `dir` (opened in `beforeEach`). */
export let engine: DuckDbQueryEngine;

/** Registers the hooks that open an engine on a fresh lake, then remove it. */
export function useQualityEngine(): void {
  useOpenEngine('write-quality', (opened, openedEngine) => {
    dir = opened;
    engine = openedEngine;
  });
}
