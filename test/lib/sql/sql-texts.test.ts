import { describe, expect, it } from 'vitest';
import { unloadSql } from '#lib/adapters/aws/athena-partition-writer';
import { DUCKDB_ONLY_FUNCTIONS } from '#lib/sql/duckdb-macros';
import { rollupQualitySql } from '#lib/sql/rollup-quality';
import { rollupSeriesSql } from '#lib/sql/rollup-series';
import { rollupStageSql } from '#lib/sql/rollup-stage';
import { scansOf } from '#lib/sql/scans';
import {
  selectQualitySql,
  selectSeenLinksSql,
  selectSeriesSql,
} from '#lib/sql/select-series';

const WINDOW = { from: '2025-01-01', to: '2026-01-01' };
const TEXTS = {
  rollupStageSql: rollupStageSql(['2026-01-01', '2026-01-02'], {
    spikeFactor: 1.5,
  }),
  rollupSeriesSql: rollupSeriesSql(),
  rollupQualitySql: rollupQualitySql(),
  selectSeriesSql: selectSeriesSql(WINDOW),
  selectQualitySql: selectQualitySql(WINDOW),
  selectSeenLinksSql: selectSeenLinksSql(WINDOW),
};

describe('SQL texts (Trino dialect)', () => {
  it.each(Object.entries(TEXTS))(
    '%s uses no DuckDB-only spelling',
    (_, sql) => {
      // Prepare
      const lower = sql.toLowerCase();

      // Act
      const found = DUCKDB_ONLY_FUNCTIONS.filter((f) =>
        lower.includes(f.toLowerCase()),
      );

      // Assess
      expect(found).toEqual([]);
    },
  );

  it('reads only the batch traffic partitions, once, and takes the p95 with approx_percentile', () => {
    // Prepare
    const { rollupStageSql: stage, rollupSeriesSql: series } = TEXTS;

    // Act
    const reads = stage.match(/FROM traffic/g) ?? [];

    // Assess
    expect(reads).toHaveLength(1);
    expect(stage).toContain("WHERE t.dt IN ('2026-01-01', '2026-01-02')");
    expect(series).not.toContain('FROM traffic');
    expect(TEXTS.rollupQualitySql).not.toContain('FROM traffic');
    expect(series).toContain('approx_percentile(good, 0.95)');
    expect(series).toContain('approx_percentile(bps, 0.95)');
  });

  it('sums groups and ISPs per timestamp in one grouping-sets pass', () => {
    // Act
    const sums = TEXTS.rollupSeriesSql.match(/GROUP BY GROUPING SETS/g) ?? [];

    // Assess: one pass for the per-ts sums, one for the capacities
    expect(sums).toHaveLength(2);
    expect(TEXTS.rollupSeriesSql).toContain(
      'GROUP BY GROUPING SETS ((s.day, s.ts, n.grp_no), (s.day, s.ts, n.isp_no))',
    );
  });

  it('ends both outputs with the partition column dt and never reads links.csv', () => {
    // Prepare
    const outputs = [TEXTS.rollupSeriesSql, TEXTS.rollupQualitySql];

    // Act
    const lastColumns = outputs.map(
      (sql) =>
        sql.slice(sql.lastIndexOf('SELECT')).match(/AS (\w+)\nFROM/)?.[1],
    );

    // Assess
    expect(lastColumns).toEqual(['dt', 'dt']);
    for (const sql of [...outputs, TEXTS.rollupStageSql]) {
      expect(sql).not.toMatch(/\blinks\b/);
    }
  });

  it('puts the configured spike factor into the stage', () => {
    // Act
    const sql = rollupStageSql(['2026-01-01'], { spikeFactor: 2.25 });

    // Assess
    expect(sql).toContain('capacity_bps * CAST(2.25 AS double)');
  });

  it('rejects a day that is not YYYY-MM-DD, naming the field and value', () => {
    // Prepare
    const bad = "2026-01-01' OR '1'='1";

    // Act
    const attempt = () => rollupStageSql([bad], { spikeFactor: 1.5 });

    // Assess
    expect(attempt).toThrow(/field 'days' must be a YYYY-MM-DD day/);
  });

  it('filters series by level when levels are given', () => {
    // Prepare
    const window = { ...WINDOW, levels: ['group', 'isp'] as const };

    // Act
    const sql = selectSeriesSql(window);

    // Assess
    expect(sql).toContain("level IN ('group', 'isp')");
    expect(sql).toContain("dt >= '2025-01-01'");
    expect(sql).toContain("dt < '2026-01-01'");
  });

  it('reads raw traffic once per quality UNLOAD and twice per series UNLOAD on Athena, which runs a WITH query again wherever it is read', () => {
    // Prepare
    const stage = TEXTS.rollupStageSql;
    const unload = (select: string) =>
      unloadSql(stage, { table: 'series_daily', select }, 's3://lake/x/');

    // Act
    const quality = scansOf(unload(TEXTS.rollupQualitySql), 'traffic');
    const series = scansOf(unload(TEXTS.rollupSeriesSql), 'traffic');

    // Assess
    expect(quality).toBe(1);
    expect(series).toBe(2);
    expect(scansOf(stage, 'traffic')).toBe(1);
  });

  it('reads the stage at each reading itself, never through a WITH query read twice, which DuckDB would copy first', () => {
    // Prepare
    const outputs = [TEXTS.rollupSeriesSql, TEXTS.rollupQualitySql];

    // Act
    const readings = outputs.map((sql) => scansOf(sql, 'rollup_stamps'));
    const written = outputs.map(
      (sql) => sql.match(/FROM rollup_stamps\b/g)?.length ?? 0,
    );

    // Assess
    expect(readings).toEqual([2, 1]);
    expect(written).toEqual(readings);
  });

  it('counts the stage kinds with count, not count_if, which DuckDB keeps as a 128-bit sum in each of its group-per-row states', () => {
    // Act
    const counts = TEXTS.rollupStageSql.match(
      /count\(CASE WHEN bad = \d THEN 1 END\)/g,
    );

    // Assess
    expect(counts).toHaveLength(3);
    expect(TEXTS.rollupStageSql).not.toContain('count_if');
  });

  it('counts the reads of a WITH query at each reference', () => {
    // Prepare
    const sql = `WITH a AS (SELECT * FROM t), b AS (SELECT * FROM a JOIN a x ON true)
SELECT * FROM b UNION ALL SELECT * FROM a`;

    // Act
    const reads = scansOf(sql, 't');

    // Assess
    expect(reads).toBe(3);
  });
});
