import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { withKeyMutex } from '#lib/adapters/local/fs-conditional';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';

/** The id of a process that has exited (and been reaped). */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

describe('withKeyMutex taking over a dead process’s mutex', () => {
  it('lets one of several waiters in at a time, never two', async () => {
    // Prepare: 40 keys, each with a mutex a killed process left
    const dir = await mkdtemp(join(tmpdir(), 'mutex-'));
    const owner = `${hostname()} pid ${deadPid()}\n`;
    let inside = 0;
    let most = 0;
    const swap = async () => {
      inside += 1;
      most = Math.max(most, inside);
      await sleep(5);
      inside -= 1;
    };

    // Act: four compare-and-swaps on each key at once
    for (let k = 0; k < 40; k += 1) {
      const path = join(dir, `state-${k}.json`);
      await writeFile(`${path}.cas-lock`, owner);
      await Promise.all([1, 2, 3, 4].map(() => withKeyMutex(path, swap)));
    }

    // Assess: the dead mutex was broken once, not once per waiter
    expect(most).toBe(1);
  });

  it('keeps what a kill left of a mutex and its guard out of the store’s keys', async () => {
    // Prepare: a key beside a mutex and a guard a kill left
    const root = await mkdtemp(join(tmpdir(), 'mutex-'));
    await mkdir(join(root, 'state'));
    await writeFile(join(root, 'state', 'run.lock'), '{}');
    await writeFile(join(root, 'state', 'run.lock.cas-lock'), '');
    await writeFile(join(root, 'state', 'run.lock.cas-lock.break'), '');

    // Act
    const keys = await new FsObjectStore(root).list('state/');

    // Assess
    expect(keys).toEqual(['state/run.lock']);
  });
});
