import { describe, expect, it } from 'vitest';
import { forEachLimited } from '#lib/for-each-limited';

describe('forEachLimited', () => {
  it('acts on every item once, never more than the limit at a time', async () => {
    // Prepare
    const items = Array.from({ length: 20 }, (_, i) => i);
    let running = 0;
    let most = 0;
    const seen: number[] = [];
    // Act
    await forEachLimited(items, 3, async (item, index) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, (item * 7) % 5));
      seen.push(index);
      running -= 1;
    });
    // Assess
    expect(most).toBe(3);
    expect(seen.sort((a, b) => a - b)).toEqual(items);
  });

  it('rejects with the first failure', async () => {
    // Act
    const run = forEachLimited([1, 2, 3], 2, async (item) => {
      if (item === 2) throw new Error('item 2 failed');
    });
    // Assess
    await expect(run).rejects.toThrow('item 2 failed');
  });

  it('starts no item once one has failed', async () => {
    // Prepare: item 0 fails at once, item 1 takes a little longer
    const started: number[] = [];
    // Act
    const run = forEachLimited([0, 1, 2, 3, 4, 5], 2, async (item) => {
      started.push(item);
      if (item === 0) throw new Error('item 0 failed');
      await new Promise((resolve) => setTimeout(resolve, 5));
    });
    await expect(run).rejects.toThrow('item 0 failed');
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Assess: item 1 was running and ends; nothing after it starts (a
    // publish that failed must not go on writing after it has said so)
    expect(started).toEqual([0, 1]);
  });

  it('rejects only once the items already started have ended', async () => {
    // Prepare: item 0 fails at once while item 1 is still writing
    const ended: number[] = [];
    // Act
    const run = forEachLimited([0, 1], 2, async (item) => {
      if (item === 0) throw new Error('item 0 failed');
      await new Promise((resolve) => setTimeout(resolve, 20));
      ended.push(item);
    });
    const failure = await run.catch((error: Error) => error.message);
    // Assess: a caller that releases a lock on the failure (the rollup's
    // day-by-day writes) must not leave a write running without it
    expect(failure).toBe('item 0 failed');
    expect(ended).toEqual([1]);
  });
});
