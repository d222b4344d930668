import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKTEST_FLAGS } from '#lib/cli/backtest';
import { replayLocal } from '#lib/cli/replay-backtest';
import { DEFAULT_CONFIG } from '#lib/config';
import { addDays } from '#lib/domain/dates';
import { makeTempDir, removeDir, writeLinksCsv } from '../../helpers/lake.ts';
import { groupRows, writeSeriesDaily } from '../../helpers/series-daily.ts';
import { CAPACITY, LINKS } from '../pipeline/split-backtest-fixture.ts';

const START = '2025-01-01';
const RANGE = {
  from: addDays(START, 200),
  to: addDays(START, 340),
  everyDays: 70,
};
let dir: string;

beforeAll(async () => {
  dir = await makeTempDir('replay-local');
  await writeLinksCsv(join(dir, 'inventory'), LINKS);
  await writeSeriesDaily(join(dir, 'lake'), [
    ...groupRows(
      'Acme/LHR1/pni',
      START,
      500,
      CAPACITY,
      (d) => CAPACITY * (0.4 + (0.45 * (d + 0.5)) / 400),
    ),
    ...groupRows('Acme/FRA1/pni', START, 500, CAPACITY, () => 0.3 * CAPACITY),
    ...groupRows(
      'Bravo/AMS1/pni',
      START,
      500,
      CAPACITY,
      (d) => CAPACITY * (0.3 + (0.55 * (d + 0.5)) / 330),
    ),
  ]);
}, 60_000);
afterAll(() => removeDir(dir));

/** Folders of the temporary backtests left behind. */
const leftovers = async () =>
  (await readdir(tmpdir())).filter((f) => f.startsWith('headroom-backtest-'));

describe('headroom backtest with worker threads', () => {
  it('replays the batches on worker threads to the same result as in turn in one thread, and removes its working files', async () => {
    // Prepare
    const replay = {
      lake: join(dir, 'lake'),
      inventory: join(dir, 'inventory'),
      out: join(dir, 'out/backtest.json'),
      config: DEFAULT_CONFIG,
      quiet: true,
      batchGroups: 1,
    };
    const before = await leftovers();

    // Act
    const inTurn = await replayLocal(
      { ...replay, workers: 1 },
      RANGE,
      BACKTEST_FLAGS,
    );
    const pooled = await replayLocal(
      { ...replay, workers: 2 },
      RANGE,
      BACKTEST_FLAGS,
    );

    // Assess: three batches (one per ISP), the same cases and scores
    const { generatedAt: _a, seconds: _b, ...expected } = inTurn;
    const { generatedAt: _c, seconds: _d, ...result } = pooled;
    expect(result).toEqual(expected);
    expect(result.totals.truePositives).toBeGreaterThan(0);
    expect(result.groupsWithoutData).toEqual(['Carma/PAR1/pni']);
    expect(await leftovers()).toEqual(before);
  }, 120_000);
});
