import { describe, expect, it } from 'vitest';
import { unloadSql } from '#lib/adapters/aws/athena-partition-writer';
import { scansOf } from '#lib/sql/scans';
import { TEXTS } from './sql-texts-fixture.ts';

describe('SQL texts: reads of raw traffic and of the stage', () => {
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

  it('reads raw traffic once per quality UNLOAD and five times per series UNLOAD on Athena, which runs a WITH query again wherever it is read', () => {
    // Prepare
    const stage = TEXTS.rollupStageSql;
    const unload = (select: string) =>
      unloadSql(stage, { table: 'series_daily', select }, 's3://lake/x/');

    // Act
    const quality = scansOf(unload(TEXTS.rollupQualitySql), 'traffic');
    const series = scansOf(unload(TEXTS.rollupSeriesSql), 'traffic');

    // Assess
    expect(quality).toBe(1);
    expect(series).toBe(5);
    expect(scansOf(stage, 'traffic')).toBe(1);
  });

  it("reads the stage itself, never through a WITH query read twice but the links' daily figures, which DuckDB copies first", () => {
    // Prepare
    const outputs = [TEXTS.rollupSeriesSql, TEXTS.rollupQualitySql];

    // Act
    const readings = outputs.map((sql) => scansOf(sql, 'rollup_stamps'));
    const written = outputs.map(
      (sql) => sql.match(/FROM rollup_stamps\b/g)?.length ?? 0,
    );
    const peaksRead = TEXTS.rollupSeriesSql.match(/FROM link_peaks\b/g);

    // Assess: link_peaks, one row per link and day, is the WITH query
    // read twice (by the link rows and by the groups' sample times), and
    // level_steps, from it, twice (by the samples' shares and by the
    // links counted by their means per interval)
    expect(readings).toEqual([5, 1]);
    expect(written).toEqual([3, 1]);
    expect(peaksRead).toHaveLength(2);
    expect(TEXTS.rollupSeriesSql).toContain('GROUP BY day, link_no, other_id');
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
