import { describe, expect, it } from 'vitest';
import { rollupStage } from '#lib/pipeline/rollup-stage';
import { writeTrafficDay } from '../../helpers/lake.ts';
import { DT, GBPS, STAMPS, samples } from '../../helpers/rollup-fixture.ts';
import { useRollupLake } from '../../helpers/rollup-lake.ts';

const { lake, engine, deps, series } = useRollupLake('rollup-cap-units');

/** quality_daily's counts of the kinds about capacities, per link. */
async function capacityCounts() {
  return engine().query(
    `SELECT link_id, kind, "count" FROM quality_daily
     WHERE kind IN ('spike', 'capacity_replaced') ORDER BY link_id, kind`,
  );
}

describe('rollupLake and traffic capacities in another unit than links.csv', () => {
  it("takes links.csv's capacity for a row's capacity written in kbps, and counts it", async () => {
    // Prepare: a1 and a2 (100 Gbps in links.csv) carry 10 to 90 Gbps;
    // a1's collector writes kbps (100000000 for 100 Gbps, within 1 Mbps–
    // 50 Tbps), and one of its samples is a counter glitch of 1e15 bps
    const traffic = STAMPS.map((_, i) => (10 + 10 * (i % 9)) * GBPS);
    const glitched = traffic.map((bps, i) => (i === 100 ? 1e15 : bps));
    await writeTrafficDay(lake(), DT, [
      ...samples('a1', glitched, () => 100e6),
      ...samples('a2', traffic, () => 100 * GBPS),
    ]);

    // Act
    await rollupStage(deps(), { asOf: '2026-01-02' });

    // Assess: a1's samples are kept (every one was set aside as a spike
    // above 150 Mbps, and its group, critical, left the run) but the
    // glitch; the day's capacity of a1, its group and ISP is links.csv's
    // (charts and backtests read 100 Mbps), and the rows are counted
    expect(await series('a1')).toMatchObject({
      capacity_bps: 100 * GBPS,
      samples: 287,
      peak_bps: 90 * GBPS,
    });
    expect(await series('Acme/LHR1/pni')).toMatchObject({
      capacity_bps: 200 * GBPS,
      peak_bps: 180 * GBPS,
    });
    expect(await series('Acme')).toMatchObject({ capacity_bps: 200 * GBPS });
    expect(await capacityCounts()).toEqual([
      { link_id: 'a1', kind: 'capacity_replaced', count: 288 },
      { link_id: 'a1', kind: 'spike', count: 1 },
    ]);
  });

  it("keeps samples above a row's capacity that links.csv's carries", async () => {
    // Prepare: a1 (100 Gbps in links.csv) whose rows say 40 Gbps (a
    // bundle reported as its members up, or links.csv newer than the
    // collector), carrying 10 to 90 Gbps
    const traffic = STAMPS.map((_, i) => (10 + 10 * (i % 9)) * GBPS);
    await writeTrafficDay(
      lake(),
      DT,
      samples('a1', traffic, () => 40 * GBPS),
    );

    // Act
    await rollupStage(deps(), { asOf: '2026-01-02' });

    // Assess: the samples above 60 Gbps (1.5 × 40 Gbps) are kept: links.csv
    // says the link carries them; the day's capacity is the row's
    expect(await series('a1')).toMatchObject({
      capacity_bps: 40 * GBPS,
      samples: 288,
      peak_bps: 90 * GBPS,
    });
    expect(await capacityCounts()).toEqual([]);
  });

  it("keeps a row's capacity 100 times links.csv's, a link upgraded since", async () => {
    // Prepare: a3 (50 Gbps in links.csv) whose rows say 500 Mbps, a link
    // since upgraded; it carried 100 to 400 Mbps
    const traffic = STAMPS.map((_, i) => (100 + 100 * (i % 4)) * 1e6);
    await writeTrafficDay(
      lake(),
      DT,
      samples('a3', traffic, () => 500e6),
    );

    // Act
    await rollupStage(deps(), { asOf: '2026-01-02' });

    // Assess: the row's capacity is the day's, not replaced nor counted
    expect(await series('a3')).toMatchObject({
      capacity_bps: 500e6,
      samples: 288,
    });
    expect(await capacityCounts()).toEqual([]);
  });
});
