import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '#lib/config';
import { addDays } from '#lib/domain/dates';
import { loadInventory } from '#lib/pipeline/load-inventory';
import { rollupStage } from '#lib/pipeline/rollup-stage';
import { loadSetAsideLinks } from '#lib/pipeline/set-aside-links';
import { writeTrafficDay } from '../../helpers/lake.ts';
import { A2, DT, GBPS, STAMPS, samples } from '../../helpers/rollup-fixture.ts';
import { useRollupLake } from '../../helpers/rollup-lake.ts';

const { lake, engine, deps } = useRollupLake('set-aside-links');

describe('loadSetAsideLinks', () => {
  it('names the links whose every sample of the last two weeks was set aside, with their series', async () => {
    // Prepare: a1 (100 Gbps) reads 900 Gbps all day, above 1.5 × any
    // capacity it has (its every sample a spike); a2 is well
    const spikes = STAMPS.map(() => 900 * GBPS);
    await writeTrafficDay(lake(), DT, [
      ...samples('a1', spikes, () => 100 * GBPS),
      ...samples('a2', A2, () => 100 * GBPS),
    ]);
    await rollupStage(deps(), { asOf: addDays(DT, 1) });
    const { links } = await loadInventory(deps().inventory, DEFAULT_CONFIG);

    // Act
    const found = await loadSetAsideLinks(
      engine(),
      { from: addDays(DT, -365), to: addDays(DT, 1) },
      links,
    );

    // Assess
    expect(found).toEqual([
      {
        linkId: 'a1',
        series: ['link:a1', 'group:Acme/LHR1/pni', 'isp:Acme'],
      },
    ]);
  });

  it('leaves out a link whose traffic was set aside before the last two weeks', async () => {
    // Prepare: a1's spikes on DT, 15 days before the as-of date
    const spikes = STAMPS.map(() => 900 * GBPS);
    await writeTrafficDay(
      lake(),
      DT,
      samples('a1', spikes, () => 100 * GBPS),
    );
    await rollupStage(deps(), { asOf: addDays(DT, 15) });
    const { links } = await loadInventory(deps().inventory, DEFAULT_CONFIG);

    // Act
    const found = await loadSetAsideLinks(
      engine(),
      { from: addDays(DT, -365), to: addDays(DT, 15) },
      links,
    );

    // Assess
    expect(found).toEqual([]);
  });
});
