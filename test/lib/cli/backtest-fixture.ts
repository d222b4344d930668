import { mkdtempSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { removeDir, writeLinksCsv } from '../../helpers/lake.ts';
import { runHeadroomStrict } from '../../helpers/run-headroom.ts';
import { groupRows, writeSeriesDaily } from '../../helpers/series-daily.ts';

/** The first day of the lake's series. */
export const START = '2026-01-01';

/** `headroom backtest --quiet ARGS`, its output captured. */
export const runBacktestCommand = (...args: string[]) =>
  runHeadroomStrict('backtest', '--quiet', ...args);

/**
 * A folder with one IX link's inventory (100 Gbps), a lake of 200 days of
 * its group (flat at 30 %) and an empty lake, written before the calling
 * file's tests and removed after.
 *
 * @returns the folder, and the options that point the command at a lake
 *   (the folder's by default), its inventory and an output file
 */
export function useBacktestLake() {
  const dir = mkdtempSync(join(tmpdir(), 'headroom-backtest-cli-'));
  const lakeArgs = (lake = join(dir, 'lake')) => [
    '--lake',
    lake,
    '--inventory',
    join(dir, 'inventory'),
    '--out',
    join(dir, 'out', 'backtest.json'),
  ];
  beforeAll(async () => {
    await writeLinksCsv(join(dir, 'inventory'), [
      {
        linkId: 'l1',
        isp: 'Acme',
        site: 'LHR1',
        linkType: 'ix',
        capacityBps: 100e9,
      },
    ]);
    // 200 days, 2026-01-01 to 2026-07-19, flat at 30 %.
    await writeSeriesDaily(
      join(dir, 'lake'),
      groupRows(
        'Acme/LHR1/ix',
        START,
        200,
        100e9,
        (day) => (30 + (day % 7)) * 1e9,
      ),
    );
    await mkdir(join(dir, 'empty-lake'), { recursive: true });
  }, 60_000);
  afterAll(() => removeDir(dir));
  return { dir, lakeArgs };
}
