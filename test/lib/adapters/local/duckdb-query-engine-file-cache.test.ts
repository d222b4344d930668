import { describe, expect, it } from 'vitest';
import { useEngineDir } from '../../../helpers/engine-dir.ts';
import { writeTrafficDay } from '../../../helpers/lake.ts';

const { lake, open, engine } = useEngineDir();

/** A day of 5-minute samples of `links` links. */
function day(dt: string, links: number) {
  return Array.from({ length: links * 288 }, (_, i) => {
    const minutes = (i % 288) * 5;
    const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
    const mm = String(minutes % 60).padStart(2, '0');
    return {
      ts: `${dt}T${hh}:${mm}:00Z`,
      linkId: `l${Math.floor(i / 288)}`,
      outBps: i * 1000,
      capacityBps: 1e10,
    };
  });
}

describe('DuckDbQueryEngine memory', () => {
  it('keeps no copy of the Parquet files it has read once the query is done', async () => {
    // Prepare: two days of 20 links (11,520 rows)
    await writeTrafficDay(lake(), '2026-01-01', day('2026-01-01', 20));
    await writeTrafficDay(lake(), '2026-01-02', day('2026-01-02', 20));
    await open();

    // Act: the plan reads the window's files three times
    for (let i = 0; i < 3; i += 1) {
      await engine().query('SELECT sum(out_bps) AS s FROM traffic');
    }
    const held = await engine().query(
      `SELECT CAST(memory_usage_bytes AS double) AS bytes
       FROM duckdb_memory() WHERE tag = 'EXTERNAL_FILE_CACHE'`,
    );

    // Assess: DuckDB's file cache held the files it read, up to its
    // memory limit, in the main thread beside the shards' workers (350 MB
    // at 10,000 links, growing with the fleet: docs/architecture.md
    // "Benchmarks"); the operating system's page cache holds them already
    expect(held).toEqual([{ bytes: 0 }]);
  });
});
