import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { S3ObjectStore } from '#lib/adapters/aws/s3-object-store';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { BACKTEST_KEY, type BacktestCase } from '#lib/domain/backtest';
import { BACKTEST_SUMMARY_KEY } from '#lib/domain/backtest-summary';
import { loadBacktest } from '#lib/pipeline/load-backtest';
import { summarizeBacktest } from '#lib/pipeline/summarize-backtest';
import { encodeBacktest, writeBacktest } from '#lib/pipeline/write-backtest';
import type { ObjectStore } from '#lib/ports/object-store';
import { fixtureBacktest } from '../../helpers/backtest-result.ts';
import { recordingLog } from '../../helpers/recording-log.ts';
import { type LocalS3, startS3rver } from '../../helpers/s3rver.ts';

const MISS: BacktestCase = {
  asOf: '2026-03-01',
  group: 'Acme/LHR1/pni',
  isp: 'Acme',
  orderNow: true,
  severity: 'warning',
  leadTimeDays: 90,
  windowEnd: '2026-06-29',
  outcome: 'false-positive',
};
/** The backtest of 2026-12-01 (30 misses), then one of 2027-01-02 (none). */
const PREVIOUS = fixtureBacktest(
  Array.from({ length: 30 }, (_, i) => ({ ...MISS, group: `G${i}/LHR1/pni` })),
);
const NEXT = {
  ...fixtureBacktest([]),
  generatedAt: '2027-01-02T06:00:00.000Z',
};

/** Writes a backtest into the store as the command and the merge do. */
const write = (store: ObjectStore, result = PREVIOUS) =>
  writeBacktest((k, b, t) => store.putPieces(k, b, t), BACKTEST_KEY, result);

let s3: LocalS3;
beforeAll(async () => {
  s3 = await startS3rver(['reports']);
});
afterAll(() => s3.stop());

describe.each([
  [
    'a folder',
    async () => new FsObjectStore(await mkdtemp(join(tmpdir(), 'bt-'))),
  ],
  [
    'S3 (s3rver)',
    async () => new S3ObjectStore(s3.client, 'reports', `${randomUUID()}/`),
  ],
])('loadBacktest from %s', (_, newStore) => {
  it('warns, naming both files and the date shown, when a backtest stopped between its two writes', async () => {
    // Prepare
    const store = await newStore();
    await write(store);
    const stopped = (key: string, bytes: Iterable<Uint8Array>) => {
      if (key === BACKTEST_SUMMARY_KEY) throw new Error('killed');
      return store.putPieces(key, bytes);
    };
    await expect(writeBacktest(stopped, BACKTEST_KEY, NEXT)).rejects.toThrow(
      'killed',
    );
    const { lines: warned, log } = recordingLog();

    // Act
    const loaded = await loadBacktest(store, log);

    // Assess: the previous backtest, whole, and said so
    expect(loaded?.summary.generatedAt).toBe('2026-12-01T06:00:00.000Z');
    expect(loaded?.summary.misses).toHaveLength(30);
    expect(warned).toEqual([
      {
        message:
          'backtest stopped while writing: state/backtest.json is not the ' +
          'result state/backtest-summary.json was made from; the accuracy ' +
          'page shows the backtest of 2026-12-01',
        data: {
          result: 'state/backtest.json',
          summary: 'state/backtest-summary.json',
          fix: "run 'headroom backtest' again (on AWS: the backtest state machine)",
        },
      },
    ]);
  });

  it('says nothing when the backtest wrote both files', async () => {
    // Prepare
    const store = await newStore();
    await write(store);
    await write(store, NEXT);
    const { lines: warned, log } = recordingLog();

    // Act
    const loaded = await loadBacktest(store, log);

    // Assess
    expect(loaded?.summary.generatedAt).toBe('2027-01-02T06:00:00.000Z');
    expect(warned).toEqual([]);
  });

  it('records in the summary the size and SHA-256 of the result it was made from', async () => {
    // Prepare
    const store = await newStore();

    // Act
    const summary = await write(store);

    // Assess
    const text = encodeBacktest(PREVIOUS);
    expect(summary.resultFile).toEqual({
      bytes: Buffer.byteLength(text),
      sha256: createHash('sha256').update(text).digest('hex'),
    });
    // What publish compares, without reading the result.
    expect(await store.getSize(BACKTEST_KEY)).toBe(Buffer.byteLength(text));
  });

  it('says nothing for an older store whose summary records no result', async () => {
    // Prepare: a summary written before it recorded its result
    const store = await newStore();
    await store.put(
      BACKTEST_SUMMARY_KEY,
      encodeBacktest(summarizeBacktest(PREVIOUS)),
    );
    await store.put(BACKTEST_KEY, encodeBacktest(NEXT));
    const { lines: warned, log } = recordingLog();

    // Act
    const loaded = await loadBacktest(store, log);

    // Assess
    expect(loaded?.summary.misses).toHaveLength(30);
    expect(warned).toEqual([]);
  });
});
