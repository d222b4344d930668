import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useEngineDir } from '../../../helpers/engine-dir.ts';
import { writeTrafficDay } from '../../../helpers/lake.ts';

const { lake, open, engine } = useEngineDir();

describe('DuckDbQueryEngine traffic check', () => {
  it('names the files of a day it does not read, instead of leaving them out without a word', async () => {
    // Prepare: a file named as Athena and Firehose write them, with no
    // extension; a CSV export; an hourly folder; hidden files, skipped
    const dt = '2026-01-05';
    await writeTrafficDay(lake(), dt, [
      { linkId: 'l1', outBps: 1, capacityBps: 10, ts: `${dt}T00:00:00Z` },
    ]);
    const folder = join(lake(), 'traffic', `dt=${dt}`);
    await writeFile(join(folder, '20260105_000000_00001'), 'PAR1');
    await writeFile(join(folder, 'export.csv'), 'ts,link_id\n');
    await mkdir(join(folder, 'hour=00'));
    await writeFile(join(folder, '_SUCCESS'), '');
    await writeFile(join(folder, '.part-0.parquet.crc'), '');
    await open();

    // Act
    const bad = await engine().checkTraffic([dt]);

    // Assess
    const reason =
      'is not named *.parquet: the local lake reads only those (Athena ' +
      'reads every file); rename it, or start its name with . or _ to ' +
      'have it skipped';
    expect(bad).toEqual([
      { file: `traffic/dt=${dt}/20260105_000000_00001`, day: dt, reason },
      { file: `traffic/dt=${dt}/export.csv`, day: dt, reason },
      {
        file: `traffic/dt=${dt}/hour=00`,
        day: dt,
        reason:
          "is a folder: a day's traffic files must be in its dt= folder itself",
      },
    ]);
  });
});
