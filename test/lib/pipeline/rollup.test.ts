import { describe, expect, it } from 'vitest';
import { rollupStage } from '#lib/pipeline/rollup-stage';
import { writeTrafficDay } from '../../helpers/lake.ts';
import {
  A1,
  A2,
  A3,
  DT,
  p95,
  STAMPS,
  samples,
  U1,
} from '../../helpers/rollup-fixture.ts';
import { useRollupLake } from '../../helpers/rollup-lake.ts';

const { lake, engine, deps, series } = useRollupLake('rollup');

describe('rollupLake', () => {
  it('computes link, group and ISP peaks from raw and summed samples', async () => {
    // Prepare
    await writeTrafficDay(lake(), DT, [
      ...samples('a1', A1, () => 100e9),
      ...samples('a2', A2, () => 100e9),
      // a3 is upgraded at noon: its daily capacity is the larger one.
      ...samples('a3', A3, (i) => (i < 144 ? 50e9 : 100e9)),
    ]);
    const lhr = A1.map((v, i) => v + A2[i]!);
    const acme = lhr.map((v, i) => v + A3[i]!);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

    // Act
    const summary = await rollupStage(deps(), { asOf: '2026-01-02' });

    // Assess
    expect(summary).toMatchObject({ days: [DT], rows: 6 });
    const group = await series('Acme/LHR1/pni');
    expect(group).toEqual({
      level: 'group',
      key: 'Acme/LHR1/pni',
      peak_bps: expect.closeTo(p95(lhr), 6),
      max_bps: Math.max(...lhr),
      mean_bps: expect.closeTo(mean(lhr), 6),
      capacity_bps: 200e9,
      samples: 288,
    });
    // Summed samples, not summed link peaks: the two differ by far here.
    expect(p95(A1) + p95(A2)).toBeGreaterThan(p95(lhr) + 40e9);
    expect((await series('a1'))?.peak_bps).toBeCloseTo(p95(A1), 6);
    expect(await series('a3')).toMatchObject({
      level: 'link',
      capacity_bps: 100e9,
      max_bps: 43e9,
    });
    expect(await series('Acme-FRA')).toMatchObject({ capacity_bps: 100e9 });
    expect(await series('Acme')).toEqual({
      level: 'isp',
      key: 'Acme',
      peak_bps: expect.closeTo(p95(acme), 6),
      max_bps: Math.max(...acme),
      mean_bps: expect.closeTo(mean(acme), 6),
      capacity_bps: 300e9,
      samples: 288,
    });
  });

  it('leaves bad rows out of the peaks, keeps zeros and counts each kind', async () => {
    // Prepare
    const clean = A1.map((v, i) => (i >= 10 && i < 14 ? 0 : v));
    const present = samples('a1', clean, () => 100e9).filter(
      (_, i) => i < 280 || i > 282,
    );
    const extra = (i: number, outBps: number) => ({
      ts: STAMPS[i]!,
      linkId: 'a1',
      outBps,
      capacityBps: 100e9,
    });
    await writeTrafficDay(lake(), DT, [
      ...present,
      extra(20, Number.NaN),
      extra(21, Number.POSITIVE_INFINITY),
      extra(22, -5e9),
      extra(23, 1000e9),
      extra(24, 1000e9),
      extra(30, clean[30]!),
      ...samples('u1', U1, () => 10e9),
    ]);
    const kept = clean.filter((_, i) => i < 280 || i > 282);

    // Act
    await rollupStage(deps(), { asOf: '2026-01-02' });
    const quality = await engine().query(
      'SELECT link_id, kind, "count" FROM quality_daily ORDER BY link_id, kind',
    );

    // Assess
    expect(await series('a1')).toMatchObject({
      peak_bps: expect.closeTo(p95(kept), 6),
      max_bps: Math.max(...kept),
      samples: 285,
    });
    expect(quality).toEqual([
      { link_id: 'a1', kind: 'duplicate', count: 1 },
      { link_id: 'a1', kind: 'missing_samples', count: 3 },
      { link_id: 'a1', kind: 'negative', count: 1 },
      { link_id: 'a1', kind: 'non_finite', count: 2 },
      { link_id: 'a1', kind: 'spike', count: 2 },
      { link_id: 'a1', kind: 'zero', count: 4 },
      { link_id: 'u1', kind: 'unknown_link', count: 288 },
    ]);
  });

  it('rolls up an unknown link at link level only', async () => {
    // Prepare
    await writeTrafficDay(lake(), DT, [
      ...samples('a1', A1, () => 100e9),
      ...samples('u1', U1, () => 10e9),
    ]);

    // Act
    await rollupStage(deps(), { asOf: '2026-01-02' });
    const rows = await engine().query(
      'SELECT level, key, peak_bps FROM series_daily ORDER BY level, key',
    );

    // Assess
    expect(rows.map((r) => `${r.level}:${r.key}`)).toEqual([
      'group:Acme/LHR1/pni',
      'isp:Acme',
      'link:a1',
      'link:u1',
    ]);
    expect(rows[1]?.peak_bps).toBeCloseTo(p95(A1), 6);
    expect(rows[3]?.peak_bps).toBeCloseTo(p95(U1), 6);
  });
});
