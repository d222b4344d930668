import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { generateSample } from '#lib/sample/index';
import { runQuiet } from '../../helpers/run-headroom.ts';

/** The date the tests run as of: the day after the sample's last. */
export const AS_OF = '2026-06-01';
/** The test file's temporary folder (set in `beforeAll`). */
export let root: string;
/** The sample under `root`: 24 links, 120 days (set in `beforeAll`). */
export let sample: string;

/** Registers the hooks that write the sample, then remove `root`. */
export function useSample(): void {
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'headroom-e2e-'));
    sample = join(root, 'sample');
    await generateSample({
      out: sample,
      links: 24,
      days: 120,
      seed: 7,
      end: '2026-05-31',
    });
  }, 300_000);
  afterAll(() => rm(root, { recursive: true, force: true }));
}

/** A text file's content. */
export const read = (path: string) => readFile(path, 'utf8');
/** A JSON file's content. */
export const readJson = async (path: string) => JSON.parse(await read(path));
/**
 * `headroom run` with its shards in this thread: the worker pool is
 * tested in sharded-run.test.ts.
 */
export const runCli = (...args: string[]) =>
  runQuiet('--workers', '0', ...args);
/** The arguments that run the sample into `out`. */
export const lakeArgs = (out: string) => [
  '--lake',
  join(sample, 'lake'),
  '--inventory',
  join(sample, 'inventory'),
  '--out',
  out,
];
