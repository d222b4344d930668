import { describe, expect, it } from 'vitest';
import {
  awsSummary,
  duck,
  local,
  localSummary,
  rowsOf,
  splitRows,
  useMissingColumnsRollups,
  warnings,
} from './rollup-missing-columns-fixture.ts';

useMissingColumnsRollups();

describe('rollup of traffic files lacking a column, locally and on Athena', () => {
  it('rolls up the same series_daily and quality_daily on both engines', async () => {
    // Prepare: both rollups ran in beforeAll
    // Act
    const localSeries = await rowsOf(local, 'series_daily');
    const awsSeries = await rowsOf(duck, 'series_daily');
    const localQuality = await rowsOf(local, 'quality_daily');
    const awsQuality = await rowsOf(duck, 'quality_daily');
    // Assess: the same rows on both engines
    expect(localSeries.length).toBeGreaterThan(0);
    expect(localSeries).toEqual(awsSeries);
    expect(localQuality).toEqual(awsQuality);
    // and every day rolled up on both, no file set aside; locally the
    // files lacking a column their rows need are named for the report,
    // read (`missing`), not those lacking in_bps or capacity_bps
    expect(localSummary.days).toEqual([
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
    ]);
    expect(
      localSummary.unreadableFiles.map((f) => [f.file, f.missing]).sort(),
    ).toEqual([
      ['traffic/dt=2026-11-23/no-out.parquet', ['out_bps']],
      ['traffic/dt=2026-11-23/no-ts.parquet', ['ts']],
      ['traffic/dt=2026-11-25/no-link.parquet', ['link_id']],
    ]);
    expect(awsSummary).toMatchObject({
      days: ['2026-11-23', '2026-11-24', '2026-11-25'],
      unreadableFileCount: 0,
    });
  });

  it('counts the rows of a file lacking ts, out_bps or link_id, and rolls up those lacking in_bps or capacity_bps or with in_bps as text', async () => {
    // Prepare
    const quality = (kind: string, link: string | null, dt: string) =>
      local.query(
        `SELECT "count" AS n FROM quality_daily WHERE kind = '${kind}'
         AND link_id IS NOT DISTINCT FROM ${link === null ? 'NULL' : `'${link}'`}
         AND dt = '${dt}'`,
      );
    // Act
    const textIn = await local.query(
      `SELECT samples FROM series_daily
       WHERE level = 'link' AND dt = '2026-11-25'
         AND key = 'jnb1-highveldfibre-ix-2'`,
    );
    const linkDay = await local.query(
      `SELECT key, samples, capacity_bps FROM series_daily
       WHERE level = 'link' AND dt = '2026-11-24'
         AND key IN ('jnb1-highveldfibre-ix-1', 'jnb1-highveldfibre-ix-2')
       ORDER BY key`,
    );
    // Assess: a file with in_bps as text is read, not set aside (Athena
    // never reads in_bps)
    expect(textIn).toEqual([{ samples: splitRows.get('text-in') }]);
    // in_bps is not used, and the inventory's capacity stands in
    expect(linkDay).toEqual([
      {
        key: 'jnb1-highveldfibre-ix-1',
        samples: splitRows.get('no-in'),
        capacity_bps: 100e9,
      },
      {
        key: 'jnb1-highveldfibre-ix-2',
        samples: splitRows.get('no-cap'),
        capacity_bps: 100e9,
      },
    ]);
    // a row without ts or out_bps is non_finite, one without link_id
    // belongs to no link
    expect(
      await quality('non_finite', 'jnb1-highveldfibre-ix-3', '2026-11-23'),
    ).toEqual([{ n: splitRows.get('no-out') }]);
    expect(
      await quality('non_finite', 'fra1-rheinwelletelekom-ix-1', '2026-11-23'),
    ).toEqual([{ n: splitRows.get('no-ts') }]);
    expect(await quality('unknown_link', null, '2026-11-25')).toEqual([
      { n: splitRows.get('no-link') },
    ]);
  });

  it('names each file lacking a column, and the column, on the local console', () => {
    // Prepare, Act: the local rollup ran in beforeAll
    // Assess
    const named = warnings
      .filter((line) => line.message.startsWith('traffic file '))
      .map((line) => line.message)
      .sort();
    expect(named).toEqual([
      'traffic file traffic/dt=2026-11-23/no-out.parquet has no column out_bps: read with out_bps NULL, as Athena reads it (its rows count as non_finite)',
      'traffic file traffic/dt=2026-11-23/no-ts.parquet has no column ts: read with ts NULL, as Athena reads it (its rows count as non_finite)',
      "traffic file traffic/dt=2026-11-24/no-cap.parquet has no column capacity_bps: read with capacity_bps NULL, as Athena reads it (its rows carry no capacity: the inventory's stands in)",
      'traffic file traffic/dt=2026-11-24/no-in.parquet has no column in_bps: read with in_bps NULL, as Athena reads it (the rollup does not use it)',
      'traffic file traffic/dt=2026-11-25/no-link.parquet has no column link_id: read with link_id NULL, as Athena reads it (its rows count as unknown_link, of no link)',
      'traffic file traffic/dt=2026-11-25/text-in.parquet has in_bps as VARCHAR, not a double: read with in_bps NULL, as Athena reads it (the rollup does not use it)',
    ]);
  });
});
