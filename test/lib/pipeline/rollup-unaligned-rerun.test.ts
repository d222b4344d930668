import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  formatMarker,
  MARKER_FILE,
  parseMarker,
} from '#lib/adapters/shared/partition-marker';
import { rollupStage } from '#lib/pipeline/rollup-stage';
import { writeTrafficDay } from '../../helpers/lake.ts';
import { A1, DT, GBPS, samples } from '../../helpers/rollup-fixture.ts';
import { useRollupLake } from '../../helpers/rollup-lake.ts';

const { lake, deps } = useRollupLake('rollup-unaligned-rerun');

/** The markers' tag of the fixture's inventory at ROLLUP_VERSION 3. */
const TAG_BEFORE = '6e460acd783cd2cf';

describe('rollupLake and a day rolled up before samples were aligned', () => {
  it('rolls the day up again, as its bundle peak read low then', async () => {
    // Prepare: the day rolled up, then its markers given the tag the
    // rollup wrote for this inventory before samples were moved to the
    // minute (ROLLUP_VERSION 3): its bundles' peaks read 40-75 % low
    await writeTrafficDay(
      lake(),
      DT,
      samples('a1', A1, () => 100 * GBPS),
    );
    await rollupStage(deps(), { asOf: '2026-01-02' });
    for (const table of ['series_daily', 'quality_daily']) {
      const path = join(lake(), table, `dt=${DT}`, MARKER_FILE);
      const marker = parseMarker(await readFile(path, 'utf8'))!;
      await writeFile(path, formatMarker({ ...marker, tag: TAG_BEFORE }));
    }

    // Act: two weeks later, far past rollup.lateDays
    const summary = await rollupStage(deps(), { asOf: '2026-01-16' });

    // Assess
    expect(summary.days).toEqual([DT]);
  });
});
