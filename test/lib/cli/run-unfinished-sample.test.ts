import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { ROLLUP_LOCK_KEY } from '#lib/domain/vocabulary';
import { holdLock } from '#lib/pipeline/with-run-lock';
import { silentLog } from '../../helpers/recording-log.ts';
import { runQuiet } from '../../helpers/run-headroom.ts';
import {
  args,
  copySample,
  root,
  useFaultSample,
} from './run-lake-faults-fixture.ts';

/**
 * Runs `headroom run` on DIR while the test holds the lake's lock as
 * `headroom sample` would: once the run holds its own lock (and so has
 * checked the lake), `sample` changes the lake; the lake's lock is then
 * released and the run goes on from its wait.
 */
async function runWhileSampleLocks(
  dir: string,
  sample: () => Promise<void>,
): Promise<{ code: unknown; errors: string }> {
  const place = {
    store: new FsObjectStore(join(dir, 'lake')),
    key: ROLLUP_LOCK_KEY,
    guards: 'the lake',
  };
  let attempt!: Promise<{ code: unknown; errors: string }>;
  await holdLock(
    place,
    { clock: { now: () => new Date() }, log: silentLog },
    async () => {
      attempt = runQuiet(...args(dir));
      await runLockOf(dir, attempt);
      await sample();
      await setTimeout(1500);
    },
  );
  return attempt;
}

/** Waits for the run's lock; fails with how the run ended, or after 30 s. */
async function runLockOf(
  dir: string,
  run: Promise<{ code: unknown; errors: string }>,
) {
  const runLock = join(dir, 'out', 'state', 'run.lock');
  let ended: string | undefined;
  run.then(
    ({ code, errors }) => (ended = `exit ${code ?? 0}: ${errors}`),
    (error) => (ended = String(error)),
  );
  const until = Date.now() + 30_000;
  while (!existsSync(runLock)) {
    if (ended !== undefined)
      throw new Error(`the run ended before taking ${runLock} (${ended})`);
    if (Date.now() > until) throw new Error(`no ${runLock} after 30 s`);
    await setTimeout(10);
  }
}

useFaultSample();

describe('headroom run on a sample headroom sample has not finished', () => {
  it('refuses a sample whose writing was killed, instead of publishing its first days as the whole lake', async () => {
    // Prepare: headroom sample SIGKILLed once it has written a few days
    const dir = join(root, 'killed-sample');
    const child = spawn(
      process.execPath,
      ['bin/headroom.js', 'sample', '--out', dir, '--links', '6'],
      { stdio: 'ignore' },
    );
    const traffic = join(dir, 'lake', 'traffic');
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (existsSync(traffic) && readdirSync(traffic).length >= 5) {
          clearInterval(poll);
          child.kill('SIGKILL');
        }
      }, 1);
      child.on('exit', () => {
        clearInterval(poll);
        resolve();
      });
    });
    expect(existsSync(join(dir, 'sample.json'))).toBe(false);

    // Act
    const { code, errors } = await runQuiet(...args(dir));

    // Assess
    expect(code).toBe(1);
    expect(errors).toContain(
      `${join(dir, 'lake')}: holds a sample that headroom sample did not finish writing`,
    );
    expect(existsSync(join(dir, 'out', 'reports'))).toBe(false);
  }, 60_000);

  it.each([
    [
      'stopped',
      // It starts replacing the lake (its marker says incomplete), stops
      async (marker: string) => {
        await writeFile(
          marker,
          'being written by headroom sample: incomplete\n',
        );
      },
      'holds a sample that headroom sample did not finish writing',
    ],
    [
      'written again',
      // It writes the whole sample again (its marker rewritten, complete)
      async (marker: string) => {
        const later = new Date(Date.now() + 60_000);
        await writeFile(marker, 'written by headroom sample\n');
        await utimes(marker, later, later);
      },
      'was written again by headroom sample while this run waited',
    ],
  ])(
    'refuses a sample %s while the run waited for its lake lock',
    async (name, sample, message) => {
      // Prepare: a complete sample the run checks; then, before its
      // rollup, headroom sample takes the lake's lock, changes the lake
      // and releases the lock
      const dir = await copySample(`${name.replace(' ', '-')}-while-waiting`);
      const lake = join(dir, 'lake');

      // Act
      const { code, errors } = await runWhileSampleLocks(dir, () =>
        sample(join(lake, '.headroom-sample')),
      );

      // Assess
      expect(code).toBe(1);
      expect(errors).toContain(`${lake}: ${message}`);
      expect(existsSync(join(dir, 'out', 'reports'))).toBe(false);
    },
    60_000,
  );
});
