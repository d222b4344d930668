import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import {
  cp,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  utimes,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { main } from '#lib/cli/main';
import { ROLLUP_LOCK_KEY } from '#lib/pipeline/rollup-stage';
import { holdLock } from '#lib/pipeline/with-run-lock';
import { generateSample } from '#lib/sample/index';

const END = '2026-05-31';
const AS_OF = '2026-06-01';
let root: string;
let sample: string;

/** Runs `headroom run --quiet …`, returning the exit code and stderr. */
async function runCli(...args: string[]) {
  const errors: string[] = [];
  const write = process.stderr.write.bind(process.stderr);
  const print = process.stdout.write.bind(process.stdout);
  process.stderr.write = ((text: string) => errors.push(text)) as never;
  process.stdout.write = (() => true) as never;
  process.exitCode = undefined;
  try {
    await main(['node', 'headroom', 'run', '--quiet', ...args]);
  } finally {
    process.stderr.write = write;
    process.stdout.write = print;
  }
  const code = process.exitCode;
  process.exitCode = undefined;
  return { code, errors: errors.join('') };
}

/** A copy of the sample to break. */
async function copySample(name: string) {
  const dir = join(root, name);
  await cp(sample, dir, { recursive: true });
  return dir;
}

const args = (dir: string, asOf = AS_OF) => [
  '--lake',
  join(dir, 'lake'),
  '--inventory',
  join(dir, 'inventory'),
  '--out',
  join(dir, 'out'),
  '--as-of',
  asOf,
];

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
  const quiet = { info() {}, warn() {}, error() {} };
  let attempt!: Promise<{ code: unknown; errors: string }>;
  await holdLock(
    place,
    { clock: { now: () => new Date() }, log: quiet },
    async () => {
      attempt = runCli(...args(dir));
      const runLock = join(dir, 'out', 'state', 'run.lock');
      while (!existsSync(runLock)) await setTimeout(10);
      await sample();
      await setTimeout(1500);
    },
  );
  return attempt;
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'headroom-lake-faults-'));
  sample = join(root, 'sample');
  await generateSample({ out: sample, links: 6, days: 40, seed: 3, end: END });
}, 300_000);
afterAll(() => rm(root, { recursive: true, force: true }));

describe('headroom run on a faulty lake', () => {
  it.each([
    ['a lake folder that does not exist', 'missing', /does not exist/, AS_OF],
    ['an empty lake', 'empty', /empty\/lake: holds no traffic/, AS_OF],
    [
      'an as-of before the data',
      'early',
      /before the lake's first day/,
      '2025-01-01',
    ],
    ['an as-of long after the data', 'late', /history window/, '2030-01-01'],
  ])(
    'stops with a message, not a stack trace, on %s',
    async (_, name, message, asOf) => {
      // Prepare
      const dir = await copySample(name);
      if (name === 'missing') await rm(join(dir, 'lake'), { recursive: true });
      if (name === 'empty') {
        await rm(join(dir, 'lake'), { recursive: true });
        await mkdir(join(dir, 'lake'));
      }

      // Act
      const { code, errors } = await runCli(...args(dir, asOf));

      // Assess
      expect(code).toBe(1);
      expect(errors).toMatch(message);
      expect(errors).not.toMatch(/\n\s+at /);
    },
  );

  it('sets aside unreadable traffic files, names them, and goes on', async () => {
    // Prepare
    const dir = await copySample('unreadable');
    const day = join(dir, 'lake', 'traffic', 'dt=2026-05-20');
    await writeFile(join(day, 'zero.parquet'), '');
    await writeFile(join(day, 'random.parquet'), 'not parquet at all');

    // Act
    const { code, errors } = await runCli(...args(dir));
    const quality = JSON.parse(
      await readFile(
        join(dir, 'out', 'reports', AS_OF, 'data-quality.json'),
        'utf8',
      ),
    );

    // Assess
    expect(code).toBeUndefined();
    expect(
      quality.unreadableFiles.map((f: { file: string }) => f.file),
    ).toEqual([
      'traffic/dt=2026-05-20/random.parquet',
      'traffic/dt=2026-05-20/zero.parquet',
    ]);
    expect(quality.unreadableFiles[0].day).toBe('2026-05-20');
    expect(errors).toContain('traffic/dt=2026-05-20/zero.parquet');
  });

  it('runs on a lake whose older raw traffic expired, reporting the days it could not re-roll', async () => {
    // Prepare: a first run, then the oldest raw days expire and links regroup
    const dir = await copySample('expired');
    await runCli(...args(dir));
    const traffic = join(dir, 'lake', 'traffic');
    const expired = (await readdir(traffic)).sort().slice(0, 5);
    for (const folder of expired)
      await rm(join(traffic, folder), { recursive: true });
    const csv = join(dir, 'inventory', 'links.csv');
    const lines = (await readFile(csv, 'utf8')).trimEnd().split('\n');
    const header = lines[0]!.split(',');
    const group = header.indexOf('group');
    const moved = lines.map((line, i) => {
      if (i !== 1) return line;
      const cells = line.split(',');
      cells[group] = 'moved-bundle';
      return cells.join(',');
    });
    await writeFile(csv, `${moved.join('\n')}\n`);

    // Act
    const { code, errors } = await runCli(...args(dir, '2026-06-02'));
    const quality = JSON.parse(
      await readFile(
        join(dir, 'out', 'reports', '2026-06-02', 'data-quality.json'),
        'utf8',
      ),
    );

    // Assess
    expect(code).toBeUndefined();
    expect(quality.daysNotReRolled).toEqual(expired.map((f) => f.slice(3)));
    expect(errors).toContain('could not be rolled up again');
  });

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
    const { code, errors } = await runCli(...args(dir));

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

  it('clears what killed runs left behind, and leaves nothing of its own', async () => {
    // Prepare: a week-old unfinished run and day-old scratch files
    const dir = await copySample('leftovers');
    const old = new Date(Date.now() - 8 * 24 * 60 * 60 * 1000);
    const leftovers = [
      'out/runs/2026-05-01T060000/plan.json',
      'lake/runs/2026-05-01T060000/series/shard=s0001/data_0.parquet',
      'out/.headroom-tmp/1b9d6bcd',
      'out/outbox/.headroom-tmp/6ec0bd7f',
      'lake/.headroom-tmp/11f6ad8e',
    ];
    for (const path of leftovers) {
      await mkdir(join(dir, path, '..'), { recursive: true });
      await writeFile(join(dir, path), 'left by a kill');
      await utimes(join(dir, path), old, old);
    }

    // Act
    const { code } = await runCli(...args(dir));

    // Assess
    expect(code).toBeUndefined();
    const folders = ['out/runs', 'lake/runs', 'out/.headroom-tmp'];
    for (const folder of [
      ...folders,
      'out/outbox/.headroom-tmp',
      'lake/.headroom-tmp',
    ]) {
      const left = await readdir(join(dir, folder)).catch(() => []);
      expect(left, folder).toEqual([]);
    }
  });
});
