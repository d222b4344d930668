import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rollupStage } from '#lib/pipeline/rollup-stage';
import { writeTrafficDay } from '../../helpers/lake.ts';
import { DT, dayStamps } from '../../helpers/rollup-fixture.ts';
import { useRollupLake } from '../../helpers/rollup-lake.ts';
import { writeParquet } from '../../helpers/write-parquet.ts';

const { lake, engine, deps } = useRollupLake('rollup-no-link');

describe('rollupLake and rows without a link_id', () => {
  it('counts rows without a link_id as unknown, not as a link', async () => {
    // Prepare: a1's day, one more row whose link_id is empty and one
    // whose link_id is NULL
    await writeTrafficDay(lake(), DT, [
      ...dayStamps(DT, 288).map((ts) => ({
        ts,
        linkId: 'a1',
        outBps: 1e9,
        capacityBps: 100e9,
      })),
      { ts: `${DT}T00:00:00Z`, linkId: '', outBps: 5e9, capacityBps: 100e9 },
    ]);
    await writeNullLinkRow(join(lake(), 'traffic', `dt=${DT}`));

    // Act
    await rollupStage(deps(), { asOf: '2026-01-02' });

    // Assess: no series without a key, and the rows counted once, with
    // no samples missing for a link that is not one
    expect(
      await engine().query(
        `SELECT count(*) AS n FROM series_daily WHERE COALESCE(key, '') = ''`,
      ),
    ).toEqual([{ n: 0 }]);
    expect(
      await engine().query(
        `SELECT kind, "count" FROM quality_daily WHERE link_id IS NULL`,
      ),
    ).toEqual([{ kind: 'unknown_link', count: 2 }]);
  });
});

/** A traffic file of one row whose `link_id` is NULL. */
function writeNullLinkRow(folder: string) {
  return writeParquet(
    join(folder, 'no-link.parquet'),
    `SELECT TIMESTAMP '${DT} 00:00:00' AS ts,
      NULL::VARCHAR AS link_id, 5e9::DOUBLE AS out_bps,
      0::DOUBLE AS in_bps, 100e9::DOUBLE AS capacity_bps`,
  );
}
