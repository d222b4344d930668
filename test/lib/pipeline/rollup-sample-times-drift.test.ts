import { describe, expect, it } from 'vitest';
import { rollupStage } from '#lib/pipeline/rollup-stage';
import { type TrafficSample, writeTrafficDay } from '../../helpers/lake.ts';
import { DT, dayStamps, GBPS } from '../../helpers/rollup-fixture.ts';
import { useRollupLake } from '../../helpers/rollup-lake.ts';

const { lake, deps, series } = useRollupLake('rollup-sample-times-drift');

/** A flat 10 Gbps sample of `linkId` at each of `stamps`. */
const flat = (linkId: string, stamps: readonly string[]): TrafficSample[] =>
  stamps.map((ts) => ({
    ts,
    linkId,
    outBps: 10 * GBPS,
    capacityBps: 100 * GBPS,
  }));

const later = (ts: string, seconds: number) =>
  new Date(Date.parse(ts) + seconds * 1000).toISOString();

const FIVE = dayStamps(DT, 288);
const MINUTES = dayStamps(DT, 1440, 60);

/** Asserts that the bundle a1 + a2 read 20 Gbps at p95, max and mean. */
async function expectTwenty() {
  const bundle = await series('Acme/LHR1/pni');
  expect(bundle?.peak_bps).toBeCloseTo(20 * GBPS, -3);
  expect(bundle?.max_bps).toBeCloseTo(20 * GBPS, -3);
  expect(bundle?.mean_bps).toBeGreaterThan(19.9 * GBPS);
  expect(bundle?.mean_bps).toBeLessThan(20.1 * GBPS);
}

describe('rollupLake and a link whose sample times change during the day', () => {
  it.each([
    // a poller restarted at noon, two minutes late before it
    [
      'changes phase at noon',
      FIVE.map((ts, i) => (i < 144 ? later(ts, 120) : ts)),
    ],
    // a loop of `sleep 300` drifting a second a sample (4:47 late by
    // the day's end)
    ['drifts a second a sample', FIVE.map((ts, i) => later(ts, i))],
    // 5-minute SNMP until noon, 1-minute telemetry after
    [
      'moves to 1-minute telemetry at noon',
      [...FIVE.slice(0, 144), ...MINUTES.slice(721)],
    ],
  ])(
    'counts a link that %s by its mean over each interval',
    async (_, stamps) => {
      // Prepare: a1 on the clock every 5 minutes, a2 as above, both a
      // flat 10 Gbps. Each a2 sample was divided by its day's average
      // samples per interval: the bundle read 12 to 27 Gbps
      await writeTrafficDay(lake(), DT, [
        ...flat('a1', FIVE),
        ...flat('a2', stamps),
      ]);

      // Act
      await rollupStage(deps(), { asOf: '2026-01-02' });

      // Assess
      await expectTwenty();
    },
  );

  it('counts a 5-minute link with a stray sample beside a 10-minute link by its means', async () => {
    // Prepare: a1 every 10 minutes, a2 every 5 minutes and once more at
    // 12:03, both a flat 10 Gbps, all on the clock. a2 read as regular
    // (289 samples for 288), each sample counted for half: three in the
    // interval ending 12:10, and the bundle read 25 Gbps there
    await writeTrafficDay(lake(), DT, [
      ...flat('a1', dayStamps(DT, 144, 600)),
      ...flat('a2', [...FIVE, `${DT}T12:03:00.000Z`]),
    ]);

    // Act
    await rollupStage(deps(), { asOf: '2026-01-02' });

    // Assess
    await expectTwenty();
  });

  it('counts a 1-minute link whose every seventh sample is bad by the mean of its good ones', async () => {
    // Prepare: a1 every 5 minutes, a2 every minute, both a flat 10
    // Gbps, a2 NaN at every seventh minute. Its timestamps were regular:
    // each good sample counted for a fifth, an interval with a NaN read
    // a2 at 8 Gbps, and the bundle's mean 18.6 Gbps
    const a2 = flat('a2', MINUTES).map((sample, i) =>
      i % 7 === 3 ? { ...sample, outBps: Number.NaN } : sample,
    );
    await writeTrafficDay(lake(), DT, [...flat('a1', FIVE), ...a2]);

    // Act
    await rollupStage(deps(), { asOf: '2026-01-02' });

    // Assess
    await expectTwenty();
  });
});
