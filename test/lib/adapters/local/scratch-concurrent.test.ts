import { spawn } from 'node:child_process';
import { readdir, readFile, rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCRATCH_PREFIX } from '#lib/adapters/local/scratch';
import { sweepLeftovers } from '#lib/adapters/local/sweep-leftovers';
import { makeTempDir, removeDir } from '../../../helpers/lake.ts';

const WRITER = join(import.meta.dirname, '../../../helpers/scratch-writer.ts');
const WRITES = 300;

/** Runs the writer in a process of its own: its exit code and stderr. */
function writeInChild(root: string, name: string) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', WRITER, root, name, String(WRITES)],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let errors = '';
  child.stderr.on('data', (chunk) => {
    errors += chunk;
  });
  return new Promise<{ code: number | null; errors: string }>((done) =>
    child.once('exit', (code) => done({ code, errors })),
  );
}

/**
 * Cleans `root` as fast as it can, until `stop()`: sweeps it, and removes
 * the shared scratch folder (`.headroom-tmp/`, earlier versions') when
 * it is empty, as the sweep does; returns how many rounds it made.
 */
function cleanUntilStopped(root: string) {
  let stopped = false;
  let rounds = 0;
  const cleaning = (async () => {
    while (!stopped) {
      await sweepLeftovers({ out: root, outbox: root, lake: root }, new Date());
      await rmdir(join(root, SCRATCH_PREFIX)).catch(() => {});
      rounds += 1;
    }
  })();
  return async () => {
    stopped = true;
    await cleaning;
    return rounds;
  };
}

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir('scratch-concurrent');
});
afterEach(() => removeDir(dir));

describe('the scratch folder beside concurrent writers', () => {
  it('never fails a write while other processes write and remove the folder, and is gone after', async () => {
    // Prepare: two writers in processes of their own, each removing its
    // scratch after each write, and this process cleaning all the while
    const stop = cleanUntilStopped(dir);

    // Act
    const writers = await Promise.all([
      writeInChild(dir, 'a'),
      writeInChild(dir, 'b'),
    ]);
    const rounds = await stop();

    // Assess: every write succeeded and holds its content; the cleaning
    // went on beside them; no scratch is left
    expect(writers).toEqual([
      { code: 0, errors: '' },
      { code: 0, errors: '' },
    ]);
    for (const name of ['a', 'b']) {
      expect((await readdir(join(dir, name))).length).toBe(WRITES);
      const last = join(dir, name, `${WRITES - 1}.txt`);
      expect(await readFile(last, 'utf8')).toBe(`${name} ${WRITES - 1}`);
    }
    expect(rounds).toBeGreaterThan(10);
    expect((await readdir(dir)).sort()).toEqual(['a', 'b']);
  });
});
