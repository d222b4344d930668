import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { EMPTY_ROLLUP, rollupStage } from '#lib/pipeline/rollup-stage';
import { writeQualityReport } from '#lib/pipeline/write-quality-report';
import { renderQualitySection } from '#lib/report/quality-section';
import { fixtureInput } from '../../fixtures/report/report-input.ts';
import { writeTrafficDay } from '../../helpers/lake.ts';
import { DT, dayStamps } from '../../helpers/rollup-fixture.ts';
import { useRollupLake } from '../../helpers/rollup-lake.ts';

const { dir, lake, engine, deps, quality } = useRollupLake(
  'rollup-second-poller',
);

const sample = (linkId: string) => (ts: string) => ({
  ts,
  linkId,
  outBps: 1e9,
  capacityBps: 100e9,
});

/** Shifts a timestamp by whole minutes. */
const later = (minutes: number) => (ts: string) =>
  new Date(Date.parse(ts) + minutes * 60_000).toISOString();

/** A seeded uniform draw in [0, 1) (mulberry32), for gaps at random. */
function draws(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The kinds counted per link, in `quality_daily`. */
const counts = () => quality(['missing_samples', 'second_poller', 'unaligned']);

describe('rollupLake and a link polled by two pollers', () => {
  it('counts a 5-minute link polled twice all day as a 5-minute link, none missing, and the second poller’s samples as such', async () => {
    // Prepare: a1 polled at :00, :05, … and, by a second poller during
    // a migration, at :01, :06, …; a2 a 10-minute link polled at :00
    // and :03, the second poller missing 5 samples, with a stray sample
    // at 12:07; a3 a 15-minute link polled at :02 and :07, both late.
    // On one grid they read as 1-minute links missing 864, 1,156 and
    // 1,248 samples
    const five = dayStamps(DT, 288);
    const ten = dayStamps(DT, 144, 600);
    const fifteen = dayStamps(DT, 96, 900);
    await writeTrafficDay(lake(), DT, [
      ...five.map(sample('a1')),
      ...five.map(later(1)).map(sample('a1')),
      ...ten.map(sample('a2')),
      ...ten
        .map(later(3))
        .filter((_, i) => i % 29 !== 7)
        .map(sample('a2')),
      sample('a2')(`${DT}T12:07:00.000Z`),
      ...fifteen.map(later(2)).map(sample('a3')),
      ...fifteen.map(later(7)).map(sample('a3')),
    ]);

    // Act
    await rollupStage(deps(), { asOf: '2026-01-02' });

    // Assess: nothing missing, the second poller's samples counted (a2's
    // stray with them), none told to fix the clock but a3's first
    // poller's, late on it
    expect(await counts()).toEqual([
      { link_id: 'a1', kind: 'second_poller', count: 288 },
      { link_id: 'a2', kind: 'second_poller', count: 140 },
      { link_id: 'a3', kind: 'second_poller', count: 96 },
      { link_id: 'a3', kind: 'unaligned', count: 96 },
    ]);
  });

  it('counts a bad sample of the second poller under its own kind alone, not also as the second poller’s', async () => {
    // Prepare: a1 polled twice all day, the second poller's 10:01
    // sample negative and its 11:01 one not a number
    const five = dayStamps(DT, 288);
    const bad = new Map([
      [`${DT}T10:01:00.000Z`, -5],
      [`${DT}T11:01:00.000Z`, Number.NaN],
    ]);
    await writeTrafficDay(lake(), DT, [
      ...five.map(sample('a1')),
      ...five
        .map(later(1))
        .map(sample('a1'))
        .map((row) => ({ ...row, outBps: bad.get(row.ts) ?? row.outBps })),
    ]);

    // Act
    await rollupStage(deps(), { asOf: '2026-01-02' });

    // Assess: before, 288 second-poller samples, the two bad ones
    // counted twice
    expect(
      await quality([
        'negative',
        'non_finite',
        'second_poller',
        'missing_samples',
      ]),
    ).toEqual([
      { link_id: 'a1', kind: 'negative', count: 1 },
      { link_id: 'a1', kind: 'non_finite', count: 1 },
      { link_id: 'a1', kind: 'second_poller', count: 286 },
    ]);
  });

  it('still counts the gaps of 1-minute links: odd minutes mostly missing, 30 % missing at random, or the same minutes of every hour', async () => {
    // Prepare: a1 keeps its even minutes and a fifth of its odd ones,
    // a2 70 % of its minutes, a3 its even minutes and :01, :11, … (six
    // phases of a 10-minute grid, not two pollers)
    const minutes = dayStamps(DT, 1440, 60);
    const draw = draws(7);
    const a1 = minutes.filter((_, i) => i % 2 === 0 || draw() < 0.2);
    const a2 = minutes.filter(() => draw() < 0.7);
    const a3 = minutes.filter((_, i) => i % 2 === 0 || i % 10 === 1);
    await writeTrafficDay(lake(), DT, [
      ...a1.map(sample('a1')),
      ...a2.map(sample('a2')),
      ...a3.map(sample('a3')),
    ]);

    // Act
    await rollupStage(deps(), { asOf: '2026-01-02' });

    // Assess: each a 1-minute link missing what it lacks
    expect(a1.length).toBeGreaterThan(720);
    expect(await counts()).toEqual([
      { link_id: 'a1', kind: 'missing_samples', count: 1440 - a1.length },
      { link_id: 'a2', kind: 'missing_samples', count: 1440 - a2.length },
      { link_id: 'a3', kind: 'missing_samples', count: 1440 - 864 },
    ]);
  });

  it('tells the overview’s reader the link was polled twice', async () => {
    // Prepare: a1 polled at :00, :05, … and :01, :06, …
    const five = dayStamps(DT, 288);
    await writeTrafficDay(lake(), DT, [
      ...five.map(sample('a1')),
      ...five.map(later(1)).map(sample('a1')),
    ]);
    await rollupStage(deps(), { asOf: '2026-01-02' });
    const reports = new FsObjectStore(join(dir(), 'reports'));
    await writeQualityReport(
      { engine: engine(), reports },
      {
        runId: 'r1',
        window: { from: DT, to: '2026-01-02' },
        inventory: { links: [], augments: [] },
        rollup: EMPTY_ROLLUP,
      },
    );
    const { totals } = JSON.parse(
      await readFile(join(dir(), 'reports', 'runs/r1/quality.json'), 'utf8'),
    );

    // Act
    const input = fixtureInput();
    const html = renderQualitySection({
      ...input,
      dataQuality: { ...input.dataQuality, totals },
    });

    // Assess
    expect(totals).toEqual({ second_poller: 288 });
    expect(html).toContain(
      "Samples from a second poller, off their link's grid, kept in the fit: the link was polled twice all day (:01, :06, … beside :00, :05, …), as while a poller is being replaced; its missing samples are counted at its own interval; stop the old poller once the new one is trusted: 288.",
    );
  });
});
