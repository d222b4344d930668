import { describe, expect, it } from 'vitest';
import { DUCKDB_ONLY_FUNCTIONS } from '#lib/sql/duckdb-macros';
import { qualityDaySql } from '#lib/sql/quality-day';
import { rollupDaySql } from '#lib/sql/rollup-day';
import {
  selectQualitySql,
  selectSeenLinksSql,
  selectSeriesSql,
} from '#lib/sql/select-series';

const WINDOW = { from: '2025-01-01', to: '2026-01-01' };
const TEXTS = {
  rollupDaySql: rollupDaySql('2026-01-01', { spikeFactor: 1.5 }),
  qualityDaySql: qualityDaySql('2026-01-01', { spikeFactor: 1.5 }),
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

  it('reads one traffic partition and takes the p95 with approx_percentile', () => {
    // Prepare
    const sql = TEXTS.rollupDaySql;

    // Act
    const partitionFilters = sql.match(/WHERE dt = '2026-01-01'/g) ?? [];

    // Assess
    expect(partitionFilters).toHaveLength(1);
    expect(sql).toContain('approx_percentile(c.out_bps, 0.95)');
    expect(sql).toContain('approx_percentile(s.bps, 0.95)');
    expect(sql).not.toContain('quantile_cont');
  });

  it('puts the configured spike factor into both day queries', () => {
    // Prepare
    const options = { spikeFactor: 2.25 };

    // Act
    const texts = [
      rollupDaySql('2026-01-01', options),
      qualityDaySql('2026-01-01', options),
    ];

    // Assess
    for (const sql of texts) {
      expect(sql).toContain('capacity_bps * CAST(2.25 AS double)');
    }
  });

  it('rejects a day that is not YYYY-MM-DD, naming the field and value', () => {
    // Prepare
    const bad = "2026-01-01' OR '1'='1";

    // Act
    const attempt = () => rollupDaySql(bad, { spikeFactor: 1.5 });

    // Assess
    expect(attempt).toThrow(/field 'dt' must be a YYYY-MM-DD day/);
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
});
