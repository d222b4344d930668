import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useEngineDir } from '../../../helpers/engine-dir.ts';
import { writeTrafficDay } from '../../../helpers/lake.ts';

const { lake, open } = useEngineDir();

/** One good day of traffic, 2026-03-09, beside the folder under test. */
const writeGoodDay = () =>
  writeTrafficDay(lake(), '2026-03-09', [
    { ts: '2026-03-09T00:05:00Z', linkId: 'l1', outBps: 1, capacityBps: 10 },
  ]);

describe('DuckDbQueryEngine over a misnamed lake', () => {
  it.each([
    ['dt=2026-3-10', (path: string) => path],
    ['dt=2026-02-31', (path: string) => path],
    ['dt=2026-13-01', (path: string) => path],
    ['2026-03-10', (path: string) => path],
    // A space at the end shows in quotes only: it read
    // `…/dt=2026-03-10  is not a day`, the name looking like a good one.
    ['dt=2026-03-10 ', JSON.stringify],
    // An unseen character shows as its escape: in quotes alone, a
    // no-break or zero-width space still read as nothing.
    ['dt=2026-03-10\u00a0', (path: string) => `"${path.slice(0, -1)}\\u00a0"`],
    ['dt=2026-03-10\u200b', (path: string) => `"${path.slice(0, -1)}\\u200b"`],
  ])(
    'names a traffic folder %j that is not a day, instead of leaving its day out',
    async (name, shown) => {
      // Prepare: a good day beside it, and a scratch folder that is skipped
      await writeGoodDay();
      await mkdir(join(lake(), 'traffic', '.write-scratch'), {
        recursive: true,
      });
      const misnamed = join(lake(), 'traffic', name);
      await mkdir(misnamed, { recursive: true });

      // Act
      const failure = open();

      // Assess
      await expect(failure).rejects.toThrow(
        `${shown(misnamed)} is not a day of the lake:`,
      );
    },
  );

  it.each([
    [
      'dt=2026-3-10',
      ': name it dt=YYYY-MM-DD with a real day (dt=2026-03-10?)',
    ],
    ['dt=20260310', ': name it dt=YYYY-MM-DD with a real day (dt=2026-03-10?)'],
    [
      'dt=2026-13-01',
      ': there is no month 13 (01 to 12); name it dt=YYYY-MM-DD with a real day',
    ],
    [
      'dt=2026-02-31',
      ': February 2026 has days 01 to 28; name it dt=YYYY-MM-DD with a real day',
    ],
  ])(
    'names the day a traffic folder %s means, or what its month holds',
    async (name, says) => {
      // Prepare: a good day beside it
      await writeGoodDay();
      const misnamed = join(lake(), 'traffic', name);
      await mkdir(misnamed, { recursive: true });

      // Act
      const failure = open();

      // Assess: it said "name it dt=YYYY-MM-DD with a real day" alone
      await expect(failure).rejects.toThrow(
        `${misnamed} is not a day of the lake${says}, or start its name with ` +
          '. or _ to have it skipped',
      );
    },
  );

  it.each(['dt=0000-01-01', 'dt=1969-12-31', 'dt=9900-01-01', 'dt=9999-12-31'])(
    'names a traffic folder %s whose day is out of range, instead of reading it as a day',
    async (name) => {
      // Prepare: a good day beside it
      await writeGoodDay();
      const misnamed = join(lake(), 'traffic', name);
      await mkdir(misnamed, { recursive: true });

      // Act
      const failure = open();

      // Assess
      await expect(failure).rejects.toThrow(
        `${misnamed} is not a day of the lake: its day ${name.slice(3)} is ` +
          'out of range: dates run from 1970-01-01 to 9899-12-31; rename it, ' +
          'or start its name with . or _ to have it skipped',
      );
    },
  );

  it('names a file that stands where a partition folder should be', async () => {
    // Prepare
    await mkdir(join(lake(), 'series_daily'), { recursive: true });
    const stray = join(lake(), 'series_daily', 'dt=2026-01-01');
    await writeFile(stray, 'not a folder');

    // Act: opening the engine lists the lake
    const failure = open();

    // Assess
    await expect(failure).rejects.toThrow(
      `${stray} is a file where the lake needs a folder`,
    );
  });
});
