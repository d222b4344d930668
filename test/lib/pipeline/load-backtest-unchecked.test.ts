import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { BACKTEST_KEY } from '#lib/domain/backtest';
import { StoreError } from '#lib/errors';
import { loadBacktest } from '#lib/pipeline/load-backtest';
import { writeBacktest } from '#lib/pipeline/write-backtest';
import type { ObjectStore } from '#lib/ports/object-store';
import { fixtureBacktest } from '../../helpers/backtest-result.ts';
import { recordingLog } from '../../helpers/recording-log.ts';

describe('loadBacktest when the result cannot be checked', () => {
  it('shows the summary and warns that the check failed, naming both files', async () => {
    // Prepare
    const inner = new FsObjectStore(await mkdtemp(join(tmpdir(), 'bt-')));
    await writeBacktest(
      (k, b) => inner.putPieces(k, b),
      BACKTEST_KEY,
      fixtureBacktest([]),
    );
    const denied = new StoreError('cannot read the size of s3://r/x: Denied');
    const store: ObjectStore = Object.assign(Object.create(inner), {
      getSize: () => Promise.reject(denied),
    });
    const { log, lines: warned } = recordingLog();

    // Act
    const loaded = await loadBacktest(store, log);

    // Assess
    expect(loaded?.summary.kind).toBe('headroom-backtest-summary');
    expect(warned).toEqual([
      {
        message: 'cannot check the backtest against its summary',
        data: {
          result: 'state/backtest.json',
          summary: 'state/backtest-summary.json',
          error: 'cannot read the size of s3://r/x: Denied',
        },
      },
    ]);
  });
});
