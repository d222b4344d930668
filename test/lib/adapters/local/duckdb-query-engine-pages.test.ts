import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DuckDbQueryEngine } from '#lib/adapters/local/duckdb-query-engine';
import { QueryError } from '#lib/query-error';
import {
  makeTempDir,
  openTestEngine,
  removeDir,
} from '../../../helpers/lake.ts';

const ROWS = `SELECT i, DATE '2026-01-01' + CAST(i AS integer) AS dt,
  CASE WHEN i % 2 = 0 THEN NULL ELSE 'l' || i END AS key
FROM range(4500) r(i) ORDER BY i`;

describe('DuckDbQueryEngine.queryPages', () => {
  let dir: string;
  let engine: DuckDbQueryEngine;
  beforeEach(async () => {
    dir = await makeTempDir('duckdb-pages');
    engine = await openTestEngine(dir);
  });
  afterEach(async () => {
    await engine.close();
    await removeDir(dir);
  });

  it("yields query's rows, typed as it types them and in its order, a page at a time", async () => {
    // Act
    const pages = [];
    for await (const page of engine.queryPages(ROWS, 1_000)) pages.push(page);

    // Assess: DuckDB's chunks of 2,048 rows are cut to pages of 1,000
    expect(pages.map((p) => p.length)).toEqual([
      1_000, 1_000, 1_000, 1_000, 500,
    ]);
    expect(pages.flat()).toEqual(await engine.query(ROWS));
    expect(pages[4]![499]).toEqual({ i: 4499, dt: '2038-04-27', key: 'l4499' });
  });

  it('releases the query when the caller stops, and runs the next', async () => {
    // Act
    for await (const page of engine.queryPages(ROWS, 10)) {
      expect(page).toHaveLength(10);
      break;
    }

    // Assess
    expect(await engine.query('SELECT 1 AS n')).toEqual([{ n: 1 }]);
  });

  it('throws a QueryError with the reason and the statement', async () => {
    // Act
    const pages = engine.queryPages('SELECT nope FROM range(3)', 10);
    const first = pages[Symbol.asyncIterator]().next();

    // Assess
    await expect(first).rejects.toThrow(QueryError);
    await expect(first).rejects.toThrow(
      /^DuckDB query failed: Binder Error: .*nope.*\nSELECT nope FROM range\(3\)$/s,
    );
  });
});
