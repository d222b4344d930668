import { describe, expect, it } from 'vitest';
import { rollupStage } from '#lib/pipeline/rollup-stage';
import { type TrafficSample, writeTrafficDay } from '../../helpers/lake.ts';
import {
  A1,
  A2,
  A3,
  DT,
  dayStamps,
  GBPS,
  p95,
  samples,
} from '../../helpers/rollup-fixture.ts';
import { useRollupLake } from '../../helpers/rollup-lake.ts';

const { lake, deps, series } = useRollupLake('rollup-sample-times');

const CAPACITY = () => 100 * GBPS;
const MINUTE_STAMPS = dayStamps(DT, 1440, 60);

/** Shifts a sample's time by whole minutes. */
const later = (ts: string, minutes: number) =>
  new Date(Date.parse(ts) + minutes * 60_000).toISOString();

const mean = (values: readonly number[]) =>
  values.reduce((sum, v) => sum + v, 0) / values.length;

/** Asserts a series' p95 and mean within 1 % of those of `values`. */
async function expectNear(key: string, values: readonly number[]) {
  const row = await series(key);
  for (const [figure, want] of [
    [row?.peak_bps, p95(values)],
    [row?.mean_bps, mean(values)],
  ] as const) {
    expect(figure).toBeGreaterThan(want * 0.99);
    expect(figure).toBeLessThan(want * 1.01);
  }
}

/**
 * a2 polled every minute: in each 5-minute interval ending at a1's
 * sample, five values around A2's (−2 … +2 Gbps), whose mean is A2's.
 */
function minuteSamples(): TrafficSample[] {
  return MINUTE_STAMPS.map((ts, m) => ({
    ts,
    linkId: 'a2',
    outBps: A2[Math.ceil(m / 5) % 288]! + ((m % 5) - 2) * GBPS,
    capacityBps: 100 * GBPS,
  }));
}

describe('rollupLake and links polled at different intervals', () => {
  it("sums a 1-minute link's mean over its bundle's 5-minute intervals, not its lone minutes", async () => {
    // Prepare: a1 every 5 minutes, a2 every minute. Before, four sample
    // times in five had a2 alone: the bundle's mean read a2's alone
    // (half of the truth), its p95 low
    await writeTrafficDay(lake(), DT, [
      ...samples('a1', A1, CAPACITY),
      ...minuteSamples(),
      ...samples('a3', A3, CAPACITY),
    ]);
    const together = A1.map((v, i) => v + A2[i]!);
    const isp = together.map((v, i) => v + A3[i]!);

    // Act
    await rollupStage(deps(), { asOf: '2026-01-02' });

    // Assess: within 1 % of the 5-minute truth, for the bundle and the
    // ISP (a3 at FRA1 polled every 5 minutes); a2's own p95 is its
    // minutes'
    await expectNear('Acme/LHR1/pni', together);
    await expectNear('Acme', isp);
    expect((await series('Acme/LHR1/pni'))?.samples).toBe(288);
    expect((await series('a2'))?.samples).toBe(1440);
  });

  it("averages a second poller's samples between the first one's into the bundle's interval", async () => {
    // Prepare: a2 polled at :00, :05, … and by a second poller at :01,
    // :06, … with the same figures
    await writeTrafficDay(lake(), DT, [
      ...samples('a1', A1, CAPACITY),
      ...samples('a2', A2, CAPACITY),
      ...samples('a2', A2, CAPACITY).map((s, i) => ({
        ...s,
        ts: later(s.ts, 1),
        outBps: A2[(i + 1) % 288]!,
      })),
    ]);
    const together = A1.map((v, i) => v + A2[i]!);

    // Act
    await rollupStage(deps(), { asOf: '2026-01-02' });

    // Assess
    await expectNear('Acme/LHR1/pni', together);
  });

  it('adds a poller a minute late to the interval it ends in', async () => {
    // Prepare: a2's samples all a minute late (:01, :06, …), each the
    // mean of the interval ending a minute before
    await writeTrafficDay(lake(), DT, [
      ...samples('a1', A1, CAPACITY),
      ...samples('a2', A2, CAPACITY).map((s) => ({ ...s, ts: later(s.ts, 1) })),
    ]);
    const sums = A1.map((v, i) => v + A2[(i + 287) % 288]!);

    // Act
    await rollupStage(deps(), { asOf: '2026-01-02' });

    // Assess: a2's sample at 00:01 meets a1's at 00:05, and its last
    // (23:56) completes the day's first interval, 00:00, with a1's:
    // every a2 sample counted once, the day's 288 intervals
    const bundle = await series('Acme/LHR1/pni');
    expect(bundle?.peak_bps).toBeCloseTo(p95(sums), -3);
    expect(bundle?.mean_bps).toBeCloseTo(mean(sums), -3);
    expect(bundle?.samples).toBe(288);
  });

  it('leaves the bundle at 5 minutes when a link has only a sample or two on the hour', async () => {
    // Prepare: a2 sent two samples that day, at 00:00 and 01:00
    await writeTrafficDay(lake(), DT, [
      ...samples('a1', A1, CAPACITY),
      ...samples('a2', A2, CAPACITY).filter((_, i) => i === 0 || i === 12),
    ]);
    const sums = A1.map((v, i) => v + (i === 0 || i === 12 ? A2[i]! : 0));

    // Act
    await rollupStage(deps(), { asOf: '2026-01-02' });

    // Assess: 288 sample times, not 24 hourly means
    const bundle = await series('Acme/LHR1/pni');
    expect(bundle?.samples).toBe(288);
    expect(bundle?.peak_bps).toBeCloseTo(p95(sums), -3);
  });
});
