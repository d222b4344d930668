import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { sampleCommand } from '#lib/cli/sample';
import { ROLLUP_LOCK_KEY } from '#lib/domain/vocabulary';
import { RunLockedError, UsageError } from '#lib/errors';
import { holdLock } from '#lib/pipeline/with-run-lock';
import { silentLog } from '../../helpers/recording-log.ts';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'headroom-sample-cli-'));
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});

afterEach(async () => {
  vi.restoreAllMocks();
  await rm(root, { recursive: true, force: true });
});

const run = (args: readonly string[]) =>
  sampleCommand()
    .exitOverride()
    .parseAsync([...args], { from: 'user' });

const SAMPLE_FILES = ['inventory', 'lake', 'sample.json'];

describe('headroom sample', () => {
  it('writes the sample and prints a summary', async () => {
    // Prepare
    const stdout = vi
      .spyOn(process.stdout, 'write')
      .mockImplementation(() => true);
    const out = join(root, 's');
    // Act
    await run([
      '--out',
      out,
      '--links',
      '4',
      '--days',
      '3',
      '--end',
      '2026-01-31',
      '--seed',
      '9',
    ]);
    // Assess
    const json = JSON.parse(await readFile(join(out, 'sample.json'), 'utf8'));
    expect(json).toMatchObject({
      firstDay: '2026-01-29',
      lastDay: '2026-01-31',
      links: 4,
      seed: 9,
    });
    const printed = stdout.mock.calls.map((c) => String(c[0])).join('');
    expect(printed).toContain('2026-01-29 … 2026-01-31');
    expect(printed).toContain(`${json.rows.toLocaleString('en-US')}`);
  });

  it("leaves no scratch folder, nor the lake's lock, in what it wrote", async () => {
    // Prepare
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const out = join(root, 's');
    // Act
    await run(['--out', out, '--links', '3', '--days', '2']);
    // Assess: `ls -a` shows the sample alone (lock and scratch gone)
    expect((await readdir(out)).sort()).toEqual(SAMPLE_FILES);
    expect((await readdir(join(out, 'lake'))).sort()).toEqual([
      '.headroom-sample',
      'traffic',
    ]);
  });

  it.each([
    [['--links', 'ten'], /--links must be a whole number/],
    [['--days', '0'], /--days must be a whole number from 1/],
    [['--seed', '-1'], /--seed must be a whole number/],
    [['--end', '2026-13-01'], /--end must be a date/],
  ])('refuses %j', async (args, message) => {
    // Prepare
    const out = join(root, 'bad');
    // Act
    const attempt = run(['--out', out, ...args]);
    // Assess
    await expect(attempt).rejects.toThrow(UsageError);
    await expect(attempt).rejects.toThrow(message);
  });

  it('documents every option in its help', () => {
    // Prepare / Act
    const help = sampleCommand().helpInformation();
    // Assess
    for (const flag of ['--out', '--links', '--days', '--seed', '--end']) {
      expect(help).toContain(flag);
    }
  });

  it('refuses a lake it did not write without writing into it', async () => {
    // Prepare: a lake of another origin
    const out = join(root, 'foreign');
    await mkdir(join(out, 'lake', 'traffic', 'dt=2026-01-01'), {
      recursive: true,
    });
    // Act
    const attempt = run(['--out', out, '--links', '2', '--days', '2']);
    // Assess
    await expect(attempt).rejects.toThrow(UsageError);
    await expect(attempt).rejects.toThrow(/not written by headroom sample/);
    expect(await readdir(join(out, 'lake'))).toEqual(['traffic']);
  });

  it('refuses to replace a lake while a run rolls it up, and keeps the lake', async () => {
    // Prepare: a sample, and a run holding the lake's rollup lock
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const out = join(root, 's');
    const args = ['--out', out, '--links', '2', '--days', '2'];
    await run([...args, '--end', '2026-01-31']);
    const before = await readdir(join(out, 'lake', 'traffic'));
    const lake = new FsObjectStore(join(out, 'lake'));
    const place = { store: lake, key: ROLLUP_LOCK_KEY, guards: 'the lake' };
    let attempt!: Promise<unknown>;
    // Act
    await holdLock(
      place,
      { clock: { now: () => new Date() }, log: silentLog },
      async () => {
        attempt = run([...args, '--end', '2026-03-31']);
        await attempt.catch(() => {});
      },
    );
    // Assess
    await expect(attempt).rejects.toThrow(RunLockedError);
    await expect(attempt).rejects.toThrow(
      `another run holds the lake's lock (state/rollup.lock): ${hostname()} pid ${process.pid}`,
    );
    expect(await readdir(join(out, 'lake', 'traffic'))).toEqual(before);
    await run([...args, '--end', '2026-03-31']);
    expect(await readdir(join(out, 'lake', 'traffic'))).toEqual([
      'dt=2026-03-30',
      'dt=2026-03-31',
    ]);
    expect(await readdir(join(out, 'lake', 'state')).catch(() => [])).toEqual(
      [],
    );
  });
});
