import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '#lib/config';
import { planShards } from '#lib/pipeline/plan-shards';
import type { QueryEngine, SqlRow } from '#lib/ports/query-engine';
import { recordingLog } from '../../helpers/recording-log.ts';

/** The plan's deps over fixed series counts, its warnings recorded. */
function depsWith(counts: SqlRow[]) {
  const { log, lines: warnings } = recordingLog();
  const engine = { query: async () => counts } as unknown as QueryEngine;
  return { deps: { engine, log, config: DEFAULT_CONFIG }, warnings };
}

const WINDOW = { from: '2024-12-01', to: '2026-12-01' };
const isp = (i: number, series: number): SqlRow => ({
  isp: `isp${String(i).padStart(4, '0')}`,
  grp: '',
  series,
  daily_rows: series * 730,
});

describe('planShards', () => {
  it('packs ISPs into shards of at most shards.maxSeries series', async () => {
    // Prepare: 30 ISPs of 500 series, 2,000 a shard
    const { deps, warnings } = depsWith(
      Array.from({ length: 30 }, (_, i) => isp(i, 500)),
    );

    // Act
    const { shards } = await planShards(deps, WINDOW);

    // Assess
    expect(shards).toHaveLength(8);
    expect(Math.max(...shards.map((s) => s.series))).toBe(2000);
    expect(warnings).toEqual([]);
  });

  it('makes shards larger, with a warning, rather than more than one UNLOAD can write (100)', async () => {
    // Prepare: 300 ISPs of 1,000 series (a fleet of about 200,000 links)
    // would be 150 shards of 2,000
    const { deps, warnings } = depsWith(
      Array.from({ length: 300 }, (_, i) => isp(i, 1000)),
    );

    // Act
    const { shards } = await planShards(deps, WINDOW);

    // Assess: every series in a shard, no shard past the bound it says
    expect(shards.length).toBeLessThanOrEqual(100);
    expect(shards.reduce((n, s) => n + s.series, 0)).toBe(300_000);
    expect(shards.reduce((n, s) => n + s.rows, 0)).toBe(300_000 * 730);
    const { message, data: fields } = warnings[0]!;
    expect(message).toMatch(/more shards than one UNLOAD writes/);
    const { seriesPerShard } = fields as { seriesPerShard: number };
    expect(seriesPerShard).toBeGreaterThan(2000);
    expect(Math.max(...shards.map((s) => s.series))).toBeLessThanOrEqual(
      seriesPerShard,
    );
    expect(warnings).toHaveLength(1);
  });
});
