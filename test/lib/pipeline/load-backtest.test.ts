import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { BACKTEST_KEY, type BacktestCase } from '#lib/domain/backtest';
import { BACKTEST_SUMMARY_KEY } from '#lib/domain/backtest-summary';
import { loadBacktest } from '#lib/pipeline/load-backtest';
import { encodeBacktest, writeBacktest } from '#lib/pipeline/write-backtest';
import {
  fixtureBacktest,
  fixtureSummary,
} from '../../helpers/backtest-result.ts';
import { recordingLog } from '../../helpers/recording-log.ts';

const MISSES: BacktestCase[] = Array.from({ length: 250 }, (_, i) => ({
  asOf: '2026-03-01',
  group: `ISP${i}/LHR1/pni`,
  isp: `ISP${i}`,
  orderNow: true,
  severity: 'warning',
  leadTimeDays: 90,
  windowEnd: '2026-06-29',
  outcome: 'false-positive',
}));
const RESULT = fixtureBacktest(MISSES);
const newStore = async () =>
  new FsObjectStore(await mkdtemp(join(tmpdir(), 'bt-')));

describe('loadBacktest', () => {
  it('reads the summary alone and renders the file of every miss from it', async () => {
    // Prepare
    const store = await newStore();
    const written = await writeBacktest(
      (key, bytes) => store.putPieces(key, bytes),
      BACKTEST_KEY,
      RESULT,
    );
    // Broken, of the size written: publish must not read the whole result
    // when a summary is there, only compare its size.
    await store.put(BACKTEST_KEY, '{ broken'.padEnd(written.resultFile!.bytes));
    const { messages: warnings, log } = recordingLog();

    // Act
    const loaded = await loadBacktest(store, log);

    // Assess
    expect(loaded?.summary).toEqual(written);
    expect(loaded?.misses).toMatchObject({
      path: 'backtest-misses.csv',
      contentType: 'text/csv; charset=utf-8',
    });
    const csv = [...(loaded?.misses.pieces() ?? [])].join('');
    expect(csv.trim().split('\n')).toHaveLength(1 + 250);
    expect(warnings).toEqual([]);
  });

  it('reads an older store with only backtest.json whole, summarizes it as the backtest does and renders every miss', async () => {
    // Prepare
    const store = await newStore();
    await store.put(BACKTEST_KEY, encodeBacktest(RESULT));
    const { messages: warnings, log } = recordingLog();

    // Act
    const loaded = await loadBacktest(store, log);

    // Assess
    expect(loaded?.summary).toEqual(fixtureSummary(MISSES));
    const csv = [...(loaded?.misses.pieces() ?? [])].join('');
    expect(csv.trim().split('\n')).toHaveLength(1 + 250);
    expect(loaded?.misses?.path).toBe('backtest-misses.csv');
    expect(warnings).toEqual(['backtest without a summary: read whole']);
  });

  it.each([
    ['is missing', undefined, []],
    ['is broken', '{ broken', ['skipping unreadable backtest']],
    ['is another file', '{"kind":"x"}', ['skipping unreadable backtest']],
  ])('gives no backtest when the file %s', async (_, text, expected) => {
    // Prepare
    const store = await newStore();
    if (text !== undefined) await store.put(BACKTEST_KEY, text);
    const { messages: warnings, log } = recordingLog();

    // Act
    const loaded = await loadBacktest(store, log);

    // Assess
    expect(loaded).toBeUndefined();
    expect(warnings).toEqual(expected);
  });

  it('skips a broken summary, naming it, without reading the whole result', async () => {
    // Prepare
    const store = await newStore();
    await store.put(BACKTEST_SUMMARY_KEY, '{ broken');
    await store.put(BACKTEST_KEY, encodeBacktest(RESULT));
    const { log, lines } = recordingLog();

    // Act
    const loaded = await loadBacktest(store, log);
    const warned = lines.map((l) => l.data);

    // Assess
    expect(loaded).toBeUndefined();
    expect(warned).toEqual([
      expect.objectContaining({ key: 'state/backtest-summary.json' }),
    ]);
  });

  it('names the list a summary of the right kind lacks', async () => {
    // Prepare
    const store = await newStore();
    const { misses, ...cut } = fixtureSummary(MISSES);
    await store.put(BACKTEST_SUMMARY_KEY, JSON.stringify(cut));
    const { log, lines } = recordingLog();

    // Act
    const loaded = await loadBacktest(store, log);
    const warned = lines.map((l) => l.data);

    // Assess
    expect(misses).toHaveLength(250);
    expect(loaded).toBeUndefined();
    expect(warned).toEqual([
      { key: 'state/backtest-summary.json', error: "no array 'misses'" },
    ]);
  });
});
