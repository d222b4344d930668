import { describe, expect, it } from 'vitest';
import { QueryError } from '#lib/query-error';
import { useEngineDir } from '../../../helpers/engine-dir.ts';
import { openTestEngine } from '../../../helpers/lake.ts';

const { dir, open, engine } = useEngineDir();

describe('DuckDbQueryEngine', () => {
  it('returns typed values: numbers, BIGINT as number, dates as days', async () => {
    // Prepare
    await open();

    // Act
    const rows = await engine().query(
      `SELECT CAST(7 AS bigint) AS n, 1.5 AS x, 'a' AS s, true AS b,
        DATE '2026-01-02' AS d, TIMESTAMP '2026-01-02 00:05:00' AS ts,
        CAST(NULL AS double) AS nothing, is_nan(nan()) AS nan_seen, -infinity() AS low`,
    );

    // Assess
    expect(rows).toEqual([
      {
        n: 7,
        x: 1.5,
        s: 'a',
        b: true,
        d: '2026-01-02',
        ts: '2026-01-02T00:05:00.000Z',
        nothing: null,
        nan_seen: true,
        low: Number.NEGATIVE_INFINITY,
      },
    ]);
  });

  it('answers on an empty lake with empty tables instead of failing', async () => {
    // Prepare
    await open();

    // Act
    const counts = await engine().query(
      `SELECT (SELECT count(*) FROM traffic) AS t,
        (SELECT count(*) FROM series_daily) AS s,
        (SELECT count(*) FROM quality_daily) AS q,
        (SELECT count(*) FROM inventory_links) AS l`,
    );
    const partitions = await engine().listPartitions('traffic');

    // Assess
    expect(counts).toEqual([{ t: 0, s: 0, q: 0, l: 0 }]);
    expect(partitions).toEqual([]);
  });

  it('wraps DuckDB failures in QueryError with the reason and the cause', async () => {
    // Prepare
    await open();

    // Act
    const failure = engine()
      .query('SELECT * FROM no_such_table')
      .catch((e) => e);

    // Assess
    const error = await failure;
    expect(error).toBeInstanceOf(QueryError);
    expect(error.code).toBe('QUERY.FAILED');
    expect(error.message).toMatch(/no_such_table/);
    expect(error.cause).toBeInstanceOf(Error);
  });

  it('defines the Trino functions the SQL texts use', async () => {
    // Prepare
    await open();

    // Act
    const rows = await engine().query(
      `SELECT is_finite(1.0) AS finite, is_infinite(infinity()) AS inf,
        is_nan(nan()) AS nan, from_iso8601_date('2026-03-01') AS day,
        approx_percentile(CAST(x AS double), 0.95) AS p95
      FROM (VALUES (1.0), (2.0), (3.0), (4.0), (5.0)) t(x)`,
    );

    // Assess
    expect(rows).toEqual([
      { finite: true, inf: true, nan: true, day: '2026-03-01', p95: 4.8 },
    ]);
  });

  it('refuses a rollup batch size that is not a positive number of bytes', async () => {
    // Act
    const attempts = [Number.NaN, 0, -5].map((rollupBatchBytes) =>
      openTestEngine(dir(), { rollupBatchBytes }).catch(
        (e: Error) => e.message,
      ),
    );

    // Assess
    expect(await Promise.all(attempts)).toEqual([
      'rollupBatchBytes must be a positive number of bytes, got NaN',
      'rollupBatchBytes must be a positive number of bytes, got 0',
      'rollupBatchBytes must be a positive number of bytes, got -5',
    ]);
  });
});
