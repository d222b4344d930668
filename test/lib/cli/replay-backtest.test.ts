import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKTEST_FLAGS } from '#lib/cli/backtest';
import { replayLocal } from '#lib/cli/replay-backtest';
import { DEFAULT_CONFIG } from '#lib/config';
import { makeTempDir, removeDir } from '../../helpers/lake.ts';
import {
  FLEET_RANGE,
  writeFleetLake,
} from '../pipeline/split-backtest-fixture.ts';

const RANGE = FLEET_RANGE;
let dir: string;

const tmp = process.env.TMPDIR;
beforeAll(async () => {
  dir = await makeTempDir('replay-local');
  await writeFleetLake(dir);
  // A folder of this test's own: other processes' backtests come and go
  // in the machine's /tmp.
  await mkdir(join(dir, 'tmp'));
  process.env.TMPDIR = join(dir, 'tmp');
}, 60_000);
afterAll(async () => {
  if (tmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = tmp;
  await removeDir(dir);
});

/**
 * What the backtests left in the temporary folder (`TMPDIR`, below;
 * tsx keeps its cache there too).
 */
const leftovers = async () =>
  (await readdir(join(dir, 'tmp'))).filter((f) =>
    f.startsWith('headroom-backtest-'),
  );

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

    const lakeFiles = async () =>
      (await readdir(join(dir, 'lake'), { recursive: true })).sort();
    const lakeBefore = await lakeFiles();

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

    // Assess: four batches (one per group), the same cases and scores
    const { generatedAt: _a, seconds: _b, ...expected } = inTurn;
    const { generatedAt: _c, seconds: _d, ...result } = pooled;
    expect(result).toEqual(expected);
    expect(result.totals.truePositives).toBeGreaterThan(0);
    expect(result.groupsWithoutData).toEqual(['Carma/PAR1/pni']);
    expect(await leftovers()).toEqual([]);
    // The lake is only read: the plan's unload went to the scratch folder.
    expect(await lakeFiles()).toEqual(lakeBefore);
  }, 120_000);
});
