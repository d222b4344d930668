import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withKeyMutex } from '#lib/adapters/local/fs-conditional';

const BOOT = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();

/** The id of a process that has exited (and been reaped). */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

describe('withKeyMutex', () => {
  it.each([
    [
      'names a process gone from this machine',
      () => `${hostname()} pid ${deadPid()}\n`,
    ],
    [
      'names this live process but another start (its pid reused)',
      () => `${hostname()} pid ${process.pid} started ${BOOT}/1\n`,
    ],
    ['is empty (killed between making it and naming itself)', () => ''],
  ])(
    'takes over at once a fresh mutex that %s, as a run after a kill must',
    async (_name, owner) => {
      // Prepare: a compare-and-swap SIGKILLed while it held the mutex
      const dir = await mkdtemp(join(tmpdir(), 'mutex-'));
      const path = join(dir, 'notifications.json');
      await writeFile(`${path}.cas-lock`, owner());
      const aSecondAgo = new Date(Date.now() - 1500);
      await utimes(`${path}.cas-lock`, aSecondAgo, aSecondAgo);
      const began = Date.now();

      // Act
      const done = await withKeyMutex(path, async () => 'swapped');

      // Assess
      expect(done).toBe('swapped');
      expect(Date.now() - began).toBeLessThan(1000);
    },
  );

  it('waits for a mutex its live owner holds, and names itself in its own', async () => {
    // Prepare: this process holds the mutex for 300 ms
    const dir = await mkdtemp(join(tmpdir(), 'mutex-'));
    const path = join(dir, 'state.json');
    let owner = '';
    let held!: () => void;
    const holding = new Promise<void>((resolve) => {
      held = resolve;
    });
    const first = withKeyMutex(path, async () => {
      owner = await readFile(`${path}.cas-lock`, 'utf8');
      held();
      await new Promise((resolve) => setTimeout(resolve, 300));
      return 'first';
    });
    // Once it holds it, not after a fixed 20 ms: a stalled process took
    // the mutex late, and the second waited less than 200 ms. A first
    // that fails rejects here instead of leaving the test to time out.
    await Promise.race([holding, first]);
    const began = Date.now();

    // Act
    const second = await withKeyMutex(path, async () => 'second');
    const waited = Date.now() - began;

    // Assess: measured before awaiting the first, which would itself
    // take the 300 ms whether the second waited or not
    expect(await first).toBe('first');
    expect(second).toBe('second');
    expect(waited).toBeGreaterThanOrEqual(200);
    expect(owner).toMatch(
      new RegExp(`^${hostname()} pid ${process.pid} started ${BOOT}/\\d+\n$`),
    );
  });
});
