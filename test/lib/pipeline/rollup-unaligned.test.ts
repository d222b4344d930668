import { describe, expect, it } from 'vitest';
import { rollupStage } from '#lib/pipeline/rollup-stage';
import { writeTrafficDay } from '../../helpers/lake.ts';
import {
  A1,
  A2,
  DT,
  GBPS,
  p95,
  samples,
} from '../../helpers/rollup-fixture.ts';
import { useRollupLake } from '../../helpers/rollup-lake.ts';

const { lake, engine, deps, series } = useRollupLake('rollup-unaligned');

/** Shifts a sample's time by `seconds` (the stamps are on the minute). */
const shifted = (ts: string, seconds: number) =>
  new Date(Date.parse(ts) + seconds * 1000).toISOString();

describe('rollupLake and samples off the minute', () => {
  it("moves samples a few seconds off the clock to the nearest minute, so that the bundle's peak sums its links, and counts them", async () => {
    // Prepare: a1 and a2 of one bundle (each carrying its peak while the
    // other is low), a2's poller answering 3 s late, or 2 s early:
    // per timestamp no sample of a1 met one of a2, and the bundle's peak
    // was a1's or a2's alone, without a word
    const off = samples('a2', A2, () => 100 * GBPS).map((s, i) => ({
      ...s,
      ts: shifted(s.ts, i % 2 === 0 ? 3 : -2),
    }));
    await writeTrafficDay(lake(), DT, [
      ...samples('a1', A1, () => 100 * GBPS),
      ...off,
    ]);
    const together = A1.map((v, i) => v + A2[i]!);

    // Act
    await rollupStage(deps(), { asOf: '2026-01-02' });

    // Assess: the bundle's p95 is that of the summed samples, as when a2
    // answered on the clock; every sample kept, none a duplicate
    const bundle = await series('Acme/LHR1/pni');
    expect(bundle?.peak_bps).toBeCloseTo(p95(together), -3);
    expect(bundle?.samples).toBe(288);
    expect(
      await engine().query(
        `SELECT link_id, kind, "count" FROM quality_daily
         WHERE kind IN ('unaligned', 'missing_samples', 'duplicate',
           'wrong_partition') ORDER BY link_id`,
      ),
    ).toEqual([{ link_id: 'a2', kind: 'unaligned', count: 288 }]);
  });

  it('never moves a sample past its own day: 23:59:58 stays in its day', async () => {
    // Prepare: a1's last sample of the day stamped 2 s before midnight
    const rows = samples('a1', A1, () => 100 * GBPS);
    rows[rows.length - 1] = {
      ...rows.at(-1)!,
      ts: `${DT}T23:59:58.000Z`,
    };
    await writeTrafficDay(lake(), DT, rows);

    // Act
    await rollupStage(deps(), { asOf: '2026-01-02' });

    // Assess: kept in the day, not counted on another day's partition
    expect(await series('a1')).toMatchObject({ samples: 288 });
    expect(
      await engine().query(
        `SELECT kind, "count" FROM quality_daily WHERE link_id = 'a1'
         ORDER BY kind`,
      ),
    ).toEqual([{ kind: 'unaligned', count: 1 }]);
  });

  it('counts each sample of a late poller once, whether off the minute, beside a duplicate or set aside', async () => {
    // Prepare: a2's poller two minutes late (:02, :07, …), so every
    // sample is off its 5-minute grid on the clock; 00:02 answered at
    // 00:02:03, 00:07 twice (once at 00:06:58), 00:12 a counter spike
    const late = samples('a2', A2, () => 100 * GBPS).map((s) => ({
      ...s,
      ts: shifted(s.ts, 120),
    }));
    late[0] = { ...late[0]!, ts: shifted(late[0]!.ts, 3) };
    late[2] = { ...late[2]!, outBps: 1e15 };
    late.push({ ...late[1]!, ts: shifted(late[1]!.ts, -2) });
    await writeTrafficDay(lake(), DT, late);

    // Act
    await rollupStage(deps(), { asOf: '2026-01-02' });

    // Assess: the 287 kept samples are unaligned once each (00:02 and
    // 00:07 are not also counted as off the grid), none missing
    expect(
      await engine().query(
        `SELECT kind, "count" FROM quality_daily WHERE link_id = 'a2'
         ORDER BY kind`,
      ),
    ).toEqual([
      { kind: 'duplicate', count: 1 },
      { kind: 'spike', count: 1 },
      { kind: 'unaligned', count: 287 },
    ]);
  });

  it('reads a day of a few samples on the clock, not as a late hourly poller', async () => {
    // Prepare: a2's first day, three samples at 10:05, 11:05 and 12:05.
    // All on minute 5, they read as an hourly link at :05: 21 missing
    // and 3 unaligned, "fix the poller's clock"
    const few = samples('a2', A2, () => 100 * GBPS).filter(
      (_, i) => i % 12 === 1 && i >= 120 && i <= 145,
    );
    await writeTrafficDay(lake(), DT, few);

    // Act
    await rollupStage(deps(), { asOf: '2026-01-02' });

    // Assess: a 5-minute link's day, nearly all missing
    expect(
      await engine().query(
        `SELECT kind, "count" FROM quality_daily WHERE link_id = 'a2'`,
      ),
    ).toEqual([{ kind: 'missing_samples', count: 285 }]);
  });
});
