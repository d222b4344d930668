import { describe, expect, it } from 'vitest';
import { rollupStage } from '#lib/pipeline/rollup-stage';
import { writeTrafficDay } from '../../helpers/lake.ts';
import { DT, GBPS, STAMPS, samples } from '../../helpers/rollup-fixture.ts';
import { useRollupLake } from '../../helpers/rollup-lake.ts';

const { lake, engine, deps, series } = useRollupLake('rollup-cap-bounds');

describe('rollupLake and traffic capacities outside 1 Mbps–50 Tbps', () => {
  it("takes the inventory's capacity for a row's capacity out of range", async () => {
    // Prepare: a1 (100 Gbps in links.csv) with one counter glitch of
    // 1e18 bps at 03:00; a2 (100 Gbps) whose rows all say 100, a Gbps
    // figure written in a bps column; both carry 1 to 9 Gbps
    const traffic = STAMPS.map((_, i) => (1 + (i % 9)) * GBPS);
    await writeTrafficDay(lake(), DT, [
      ...samples('a1', traffic, (i) => (i === 36 ? 1e18 : 100 * GBPS)),
      ...samples('a2', traffic, () => 100),
    ]);

    // Act
    await rollupStage(deps(), { asOf: '2026-01-02' });

    // Assess: the glitch does not become the link's, group's or ISP's
    // capacity (a chart's axis went to 1,000,000 Tbps), and a2's traffic
    // is kept, not set aside as spikes above 150 bps
    expect(await series('a1')).toMatchObject({ capacity_bps: 100 * GBPS });
    expect(await series('a2')).toMatchObject({
      capacity_bps: 100 * GBPS,
      samples: 288,
    });
    expect(await series('Acme/LHR1/pni')).toMatchObject({
      capacity_bps: 200 * GBPS,
    });
    expect(await series('Acme')).toMatchObject({ capacity_bps: 200 * GBPS });
    expect(
      await engine().query(
        `SELECT count(*) AS n FROM quality_daily WHERE kind = 'spike'`,
      ),
    ).toEqual([{ n: 0 }]);
  });

  it("takes the inventory's capacity for SNMP ifSpeed's ceiling, 4294967295", async () => {
    // Prepare: a1 and a2 (100 Gbps in links.csv) whose collector writes
    // ifSpeed, which RFC 2863 holds at 4294967295 for any interface
    // faster than that; both carry 10 to 90 Gbps
    const traffic = STAMPS.map((_, i) => (10 + 10 * (i % 9)) * GBPS);
    await writeTrafficDay(lake(), DT, [
      ...samples('a1', traffic, () => 4294967295),
      ...samples('a2', traffic, () => 4294967295),
    ]);

    // Act
    await rollupStage(deps(), { asOf: '2026-01-02' });

    // Assess: the samples above 6.4 Gbps (1.5 × 4.29 Gbps) are kept, not
    // set aside as spikes (every 10 and 100 Gbps link lost its peaks, and
    // the run said "No group needs an augment ordered"), and the day's
    // capacity is the inventory's
    expect(await series('a1')).toMatchObject({
      capacity_bps: 100 * GBPS,
      samples: 288,
      peak_bps: 90 * GBPS,
    });
    expect(await series('Acme/LHR1/pni')).toMatchObject({
      capacity_bps: 200 * GBPS,
      peak_bps: 180 * GBPS,
    });
    expect(
      await engine().query(
        `SELECT count(*) AS n FROM quality_daily WHERE kind = 'spike'`,
      ),
    ).toEqual([{ n: 0 }]);
  });
});
