import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DuckDbQueryEngine } from '#lib/adapters/local/duckdb-query-engine';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { EMPTY_ROLLUP } from '#lib/pipeline/rollup-stage';
import { writeQualityReport } from '#lib/pipeline/write-quality-report';
import type { QueryEngine } from '#lib/ports/query-engine';
import { QueryError } from '#lib/query-error';
import { makeTempDir, openTestEngine, removeDir } from '../../helpers/lake.ts';
import { replaceDay } from '../../helpers/replace-day.ts';

const DAY = '2026-01-01';
const LINKS = 5_000;
const id = (i: number) => `l${String(i).padStart(4, '0')}`;

/**
 * One day of `quality_daily`: a spike on `a0`, a duplicate and a zero on
 * each of `LINKS` links, rows with no link and a kind the report does not
 * name: 10,002 rows per link and kind in the report, whose kinds first
 * appear in an order that is not the alphabet's.
 */
const QUALITY_DAY = `SELECT '${DAY}' AS dt, * FROM (
SELECT 'a0' AS link_id, 'spike' AS kind, CAST(3 AS bigint) AS "count"
UNION ALL SELECT 'a1', 'bogus', CAST(7 AS bigint)
UNION ALL SELECT NULL, 'unknown_link', CAST(288 AS bigint)
UNION ALL SELECT 'l' || lpad(CAST(i AS varchar), 4, '0'), kind,
  CAST(CASE kind WHEN 'zero' THEN 1 ELSE 2 END AS bigint)
FROM range(1, ${LINKS + 1}) r(i), (VALUES ('zero'), ('duplicate')) k(kind))`;

/** The report's per-link rows, in its order. */
const ROWS = [
  { linkId: 'a0', kind: 'spike', count: 3, days: 1 },
  ...Array.from({ length: LINKS }, (_, i) => [
    { linkId: id(i + 1), kind: 'duplicate', count: 2, days: 1 },
    { linkId: id(i + 1), kind: 'zero', count: 1, days: 1 },
  ]).flat(),
  { linkId: '(no link_id)', kind: 'unknown_link', count: 288, days: 1 },
];

/** The report but its rows, as one `JSON.stringify` writes it. */
const EXPECTED = JSON.stringify({
  from: DAY,
  to: '2026-01-02',
  totals: {
    spike: 3,
    duplicate: 2 * LINKS,
    zero: LINKS,
    unknown_link: 288,
  },
  unknownLinks: [],
  silentLinks: [],
  missingDays: [],
  unreadableFiles: [],
  daysNotReRolled: [],
});

describe('writeQualityReport', () => {
  let dir: string;
  let engine: DuckDbQueryEngine;
  beforeEach(async () => {
    dir = await makeTempDir('write-quality');
    engine = await openTestEngine(dir);
  });
  afterEach(async () => {
    await engine.close();
    await removeDir(dir);
  });

  it('writes the per-link rows as they are read into parts of JSON Lines, ten thousand a part, and the rest as quality.json', async () => {
    // Prepare
    await replaceDay(engine, 'quality_daily', DAY, QUALITY_DAY);
    const store = new FsObjectStore(join(dir, 'reports'));
    const seen = { largestQuery: 0 };

    // Act
    const handed = await writeQualityReport(
      { engine: countingRows(engine, seen), reports: store },
      {
        runId: 'r1',
        window: { from: DAY, to: '2026-01-02' },
        inventory: { links: [], augments: [] },
        rollup: EMPTY_ROLLUP,
      },
    );

    // Assess: quality.json without the rows; every row, in order, in
    // two parts; never a query's whole result of per-link rows
    const text = async (key: string) =>
      new TextDecoder().decode(await store.get(`runs/r1/${key}`));
    expect(await text('quality.json')).toBe(EXPECTED);
    const parts = await store.list('runs/r1/quality-rows/');
    expect(parts.map((key) => key.split('/').pop())).toEqual([
      'part-0000.jsonl',
      'part-0001.jsonl',
    ]);
    const lines = [
      ...(await text('quality-rows/part-0000.jsonl')).split('\n'),
      ...(await text('quality-rows/part-0001.jsonl')).split('\n'),
    ];
    expect(lines.filter((l) => l !== '').map((l) => JSON.parse(l))).toEqual(
      ROWS,
    );
    expect(lines[10_000]).toBe('');
    // What the plan hands on in plan.json: the file's fields, the parts
    // and the overview's top links, a tie in the report's order
    const top = [
      ROWS.at(-1),
      ROWS[0],
      ...ROWS.slice(1, 37).filter((row) => row.kind === 'duplicate'),
    ];
    expect(handed).toEqual({
      silentLinks: [],
      likelyMembers: [],
      trafficDays: { missingDays: [] },
      qualityRows: { parts: 2, rows: 2 * LINKS + 2, topLinks: top },
    });
    expect(handed.qualityRows.topLinks).toHaveLength(20);
    expect(seen.largestQuery).toBeLessThan(10);
  });

  it("throws the query engine's error when the rows fail midway, and writes no quality.json", async () => {
    // Prepare: the engine fails after the first page of rows, as a lake
    // file it cannot read would
    await replaceDay(engine, 'quality_daily', DAY, QUALITY_DAY);
    const store = new FsObjectStore(join(dir, 'reports'));
    const failing = failingRows(
      engine,
      new QueryError('DuckDB query failed: IO Error: cannot open q.parquet'),
    );

    // Act
    const written = writeQualityReport(
      { engine: failing, reports: store },
      {
        runId: 'r1',
        window: { from: DAY, to: '2026-01-02' },
        inventory: { links: [], augments: [] },
        rollup: EMPTY_ROLLUP,
      },
    );

    // Assess: the reason the user needs, as a query's failure
    await expect(written).rejects.toThrow(QueryError);
    await expect(written).rejects.toThrow(
      'DuckDB query failed: IO Error: cannot open q.parquet',
    );
    expect(await store.get('runs/r1/quality.json')).toBeUndefined();
  });
});

/** The engine, its `queryPages` throwing `error` after one page. */
function failingRows(engine: QueryEngine, error: Error): QueryEngine {
  return new Proxy(engine, {
    get(target, name) {
      if (name === 'queryPages') {
        return async function* (sql: string, pageRows: number) {
          for await (const page of target.queryPages(sql, pageRows)) {
            yield page;
            throw error;
          }
        };
      }
      const value = Reflect.get(target, name);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** The engine, noting the most rows one `query` returned. */
function countingRows(
  engine: QueryEngine,
  seen: { largestQuery: number },
): QueryEngine {
  return new Proxy(engine, {
    get(target, name) {
      if (name === 'query') {
        return async (sql: string) => {
          const rows = await target.query(sql);
          seen.largestQuery = Math.max(seen.largestQuery, rows.length);
          return rows;
        };
      }
      const value = Reflect.get(target, name);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
