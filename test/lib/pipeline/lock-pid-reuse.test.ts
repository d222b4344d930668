import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { RunLockedError } from '#lib/errors';
import { holdLock } from '#lib/pipeline/with-run-lock';
import { putHeldLock } from '../../helpers/held-lock.ts';
import { makeTempDir, removeDir } from '../../helpers/lake.ts';
import { silentLog } from '../../helpers/recording-log.ts';

const START = Date.parse('2026-12-03T06:00:00Z');
const BOOT = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();

/** A process's start in clock ticks since boot, read here on its own. */
function ticksOf(pid: number): string {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!;
  return fields.split(' ')[19]!;
}

describe('the run lock when a process id is reused', () => {
  let dir: string;
  let other: ChildProcess;
  beforeEach(async () => {
    dir = await makeTempDir('lock-pid-reuse');
    other = spawn('sleep', ['30']);
    await new Promise((resolve) => other.once('spawn', resolve));
  });
  afterEach(async () => {
    other.kill();
    await removeDir(dir);
  });

  async function runWithLockOf(owner: string): Promise<string> {
    const store = new FsObjectStore(dir);
    const place = { store, key: 'state/run.lock', guards: 'the report store' };
    const deps = { clock: { now: () => new Date(START) }, log: silentLog };
    await putHeldLock(store, place.key, owner, START);
    return holdLock(place, deps, async () => 'ran');
  }

  it('takes over at once a lock whose pid now belongs to a process started later (a killed run, its pid reused)', async () => {
    // Prepare: a live process holds the pid the dead run recorded, but it
    // started at another time than the run did
    const owner = `${hostname()} pid ${other.pid} started ${BOOT}/1 lock 0dead0ff`;

    // Act
    const result = await runWithLockOf(owner);

    // Assess: not refused for the lock's 30 minutes
    expect(result).toBe('ran');
  });

  it('takes over at once a lock recorded in an earlier boot of this machine', async () => {
    // Prepare: the same pid and start ticks, another boot id
    const start = `00000000-0000-4000-8000-000000000000/${ticksOf(other.pid!)}`;
    const owner = `${hostname()} pid ${other.pid} started ${start} lock 0dead0ff`;

    // Act
    const result = await runWithLockOf(owner);

    // Assess
    expect(result).toBe('ran');
  });

  it('a Lambda invocation does not take over a lock of another execution environment with the same host name and pid, in another boot', async () => {
    // Prepare: read here, another environment's holder looks like a
    // process of this machine's earlier boot
    const start = `00000000-0000-4000-8000-000000000000/${ticksOf(other.pid!)}`;
    const owner = `${hostname()} pid ${other.pid} started ${start} lock 0dead0ff`;
    const store = new FsObjectStore(dir);
    const place = { store, key: 'state/rollup.lock', guards: 'the lake' };
    const deps = { clock: { now: () => new Date(START) }, log: silentLog };
    await putHeldLock(store, place.key, owner, START);

    // Act: an invocation that ends in 15 minutes
    const run = holdLock(
      place,
      deps,
      async () => 'ran',
      { waitMs: 0 },
      START + 900_000,
    );

    // Assess: held until the holder's own end
    await expect(run).rejects.toThrow(RunLockedError);
  });

  it('refuses while the recorded process itself is alive, naming it', async () => {
    // Prepare: the pid and its true start
    const owner = `${hostname()} pid ${other.pid} started ${BOOT}/${ticksOf(other.pid!)} lock 0dead0ff`;

    // Act
    const run = runWithLockOf(owner);

    // Assess
    await expect(run).rejects.toThrow(RunLockedError);
    await expect(run).rejects.toThrow(
      `another run holds the report store's lock (state/run.lock): ${owner}, since`,
    );
  });

  it('still reads a lock written before starts were recorded: held while its pid lives', async () => {
    // Prepare
    const owner = `${hostname()} pid ${other.pid} lock 0dead0ff`;

    // Act
    const run = runWithLockOf(owner);

    // Assess
    await expect(run).rejects.toThrow(RunLockedError);
  });
});
