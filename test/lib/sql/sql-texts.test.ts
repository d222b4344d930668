import { describe, expect, it } from 'vitest';
import { DUCKDB_ONLY_FUNCTIONS } from '#lib/sql/duckdb-macros';
import { rollupStageSql } from '#lib/sql/rollup-stage';
import { selectSeriesSql } from '#lib/sql/select-series';
import { TEXTS, WINDOW } from './sql-texts-fixture.ts';

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

  it('sums groups and ISPs per sample time in one grouping-sets pass', () => {
    // Act
    const sums = TEXTS.rollupSeriesSql.match(/GROUP BY GROUPING SETS/g) ?? [];

    // Assess: one pass for the sums per sample time, one for the
    // capacities, one for the means per interval of irregular links
    expect(sums).toHaveLength(3);
    expect(TEXTS.rollupSeriesSql).toContain(
      'GROUP BY GROUPING SETS ((day, grp_at, grp_no), (day, isp_at, isp_no))',
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
    expect(sql).toContain(') * CAST(2.25 AS double) THEN 3');
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

  it('counts the stage kinds with count, not count_if, which DuckDB keeps as a 128-bit sum in each of its group-per-row states', () => {
    // Act
    const counts = TEXTS.rollupStageSql.match(
      /count\(CASE WHEN bad = \d THEN 1 END\)/g,
    );

    // Assess
    expect(counts).toHaveLength(3);
    expect(TEXTS.rollupStageSql).not.toContain('count_if');
  });
});
