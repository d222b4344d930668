import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { BACKTEST_KEY } from '#lib/domain/backtest';
import { loadBacktest } from '#lib/pipeline/load-backtest';

const collect = () => {
  const warnings: string[] = [];
  const log = {
    info: () => {},
    error: () => {},
    warn: (message: string) => warnings.push(message),
  };
  return { warnings, log };
};

describe('loadBacktest', () => {
  it('reads the backtest the store holds', async () => {
    // Prepare
    const store = new FsObjectStore(await mkdtemp(join(tmpdir(), 'bt-')));
    const backtest = { kind: 'headroom-backtest', byDate: [], cases: [] };
    await store.put(BACKTEST_KEY, JSON.stringify(backtest));
    const { warnings, log } = collect();

    // Act
    const loaded = await loadBacktest(store, log);

    // Assess
    expect(loaded).toEqual(backtest);
    expect(warnings).toEqual([]);
  });

  it.each([
    ['is missing', undefined, []],
    ['is broken', '{ broken', ['skipping unreadable backtest']],
    ['is another file', '{"kind":"x"}', ['skipping unreadable backtest']],
  ])('gives no backtest when the file %s', async (_, text, expected) => {
    // Prepare
    const store = new FsObjectStore(await mkdtemp(join(tmpdir(), 'bt-')));
    if (text !== undefined) await store.put(BACKTEST_KEY, text);
    const { warnings, log } = collect();

    // Act
    const loaded = await loadBacktest(store, log);

    // Assess
    expect(loaded).toBeUndefined();
    expect(warnings).toEqual(expected);
  });
});
