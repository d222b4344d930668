import { describe, expect, it } from 'vitest';
import { rollupStage } from '#lib/pipeline/rollup-stage';
import { writeTrafficDay } from '../../helpers/lake.ts';
import { A1, A2, DT, GBPS, samples } from '../../helpers/rollup-fixture.ts';
import { useRollupLake } from '../../helpers/rollup-lake.ts';

const { lake, engine, deps } = useRollupLake('rollup-unaligned');

describe('rollupLake and samples off the minute', () => {
  it('counts the samples whose ts is off the minute, whose sums read low', async () => {
    // Prepare: a1 and a2 of one bundle, a2's poller answering 3 s after
    // the clock (00:05:03): per timestamp, no sample of a1 meets one of
    // a2, so the bundle's peak was a1's or a2's alone, without a word
    const late = samples('a2', A2, () => 100 * GBPS).map((s) => ({
      ...s,
      ts: s.ts.replace(':00.000Z', ':03.000Z'),
    }));
    await writeTrafficDay(lake(), DT, [
      ...samples('a1', A1, () => 100 * GBPS),
      ...late,
    ]);

    // Act
    await rollupStage(deps(), { asOf: '2026-01-02' });

    // Assess
    expect(
      await engine().query(
        `SELECT link_id, kind, "count" FROM quality_daily
         WHERE kind IN ('unaligned', 'missing_samples') ORDER BY link_id`,
      ),
    ).toEqual([{ link_id: 'a2', kind: 'unaligned', count: 288 }]);
  });
});
