import { join } from 'node:path';
import type { DuckDbQueryEngine } from '#lib/adapters/local/duckdb-query-engine';
import { useOpenEngine } from '../../helpers/engine-dir.ts';
import { writeTrafficDay } from '../../helpers/lake.ts';
import { replaceDay } from '../../helpers/replace-day.ts';

/** Inventory links of these ids, each a group of its own. */
export const linksOf = (ids: string[]) =>
  ids.map((linkId) => ({ linkId, group: linkId, isp: 'Acme' }));

let dir: string;
/** The engine over the test's lake (opened in `beforeEach`). */
export let engine: DuckDbQueryEngine;

/** Registers the hooks that open an engine on a fresh lake, then remove it. */
export function useQualityLake(): void {
  useOpenEngine('load-quality', (opened, openedEngine) => {
    dir = opened;
    engine = openedEngine;
  });
}

/** Writes `dt`'s quality_daily rows: link, kind, count. */
export const quality = (dt: string, rows: [string, string, number][]) =>
  replaceDay(
    engine,
    'quality_daily',
    dt,
    rows
      .map(
        ([link, kind, count]) =>
          `SELECT '${dt}' AS dt, '${link}' AS link_id, '${kind}' AS kind,
            CAST(${count} AS bigint) AS "count"`,
      )
      .join(' UNION ALL '),
  );

/** Writes `dt`'s series_daily rows: a day of samples of each link key. */
export const seen = (dt: string, keys: string[]) =>
  replaceDay(
    engine,
    'series_daily',
    dt,
    keys
      .map(
        (key) => `SELECT '${dt}' AS dt, 'link' AS level, '${key}' AS key,
          CAST(1 AS double) AS peak_bps, CAST(288 AS bigint) AS samples`,
      )
      .join(' UNION ALL '),
  );

/** Writes a raw traffic day of one row of link l1. */
export const traffic = (dt: string) =>
  writeTrafficDay(join(dir, 'lake'), dt, [
    { ts: `${dt}T00:00:00Z`, linkId: 'l1', outBps: 1, capacityBps: 10 },
  ]);
