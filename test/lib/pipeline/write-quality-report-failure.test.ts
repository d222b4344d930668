import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { EMPTY_ROLLUP } from '#lib/pipeline/rollup-stage';
import { writeQualityReport } from '#lib/pipeline/write-quality-report';
import type { QueryEngine } from '#lib/ports/query-engine';
import { QueryError } from '#lib/query-error';
import { replaceDay } from '../../helpers/replace-day.ts';
import {
  DAY,
  dir,
  engine,
  QUALITY_DAY,
  useQualityEngine,
} from './write-quality-report-fixture.ts';

describe('writeQualityReport', () => {
  useQualityEngine();

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
