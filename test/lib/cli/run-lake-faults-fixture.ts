import { cp, mkdtemp, readdir, readFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { generateSample } from '#lib/sample/index';
import { htmlText } from '../../helpers/html-text.ts';
import {
  folderArgs,
  runHeadroomStrict,
  runQuiet,
} from '../../helpers/run-headroom.ts';
import { writeParquet } from '../../helpers/write-parquet.ts';

const END = '2026-05-31';
/** The date the tests run as of: the day after the sample's last. */
export const AS_OF = '2026-06-01';
/** The test file's temporary folder (set in `beforeAll`). */
export let root: string;
let sample: string;

/** Registers the hooks that write a small sample, then remove `root`. */
export function useFaultSample(): void {
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'headroom-lake-faults-'));
    sample = join(root, 'sample');
    await generateSample({
      out: sample,
      links: 6,
      days: 40,
      seed: 3,
      end: END,
    });
  }, 300_000);
  afterAll(() => rm(root, { recursive: true, force: true }));
}

/** A copy of the sample to break. */
export async function copySample(name: string) {
  const dir = join(root, name);
  await cp(sample, dir, { recursive: true });
  return dir;
}

/** The arguments that run DIR's lake and inventory into DIR/out. */
export const args = (dir: string, asOf = AS_OF) => folderArgs(dir, asOf);

/** The overview's text, as a reader of the page sees it. */
export const overviewText = async (dir: string, asOf: string) =>
  htmlText(
    await readFile(join(dir, 'out', 'reports', asOf, 'index.html'), 'utf8'),
  ).replace(/\s+/g, ' ');

/**
 * A copy of the sample whose 2026-05-20 traffic is one file,
 * `part-0.parquet`, written by `select` (without its FROM) over the
 * day's file.
 */
export async function sampleRewritten(name: string, select: string) {
  const dir = await copySample(name);
  const day = join(dir, 'lake', 'traffic', 'dt=2026-05-20');
  const [file] = await readdir(day);
  await rename(join(day, file!), join(day, 'orig.tmp'));
  await writeParquet(
    join(day, 'part-0.parquet'),
    `${select} FROM read_parquet('${join(day, 'orig.tmp')}')`,
  );
  await rm(join(day, 'orig.tmp'));
  return dir;
}

/**
 * Runs DIR as of the sample's last day, which rolls up its traffic, then
 * again as of `AS_OF`: what the second run says on the console, the
 * overview and in `data-quality.json` (a fault of a day rolled up by an
 * earlier run is named on every run).
 */
export async function secondRun(dir: string) {
  await runQuiet(...args(dir, END));
  const { output } = await runHeadroomStrict('run', '--quiet', ...args(dir));
  const report = join(dir, 'out', 'reports', AS_OF);
  return {
    output,
    overview: await overviewText(dir, AS_OF),
    quality: JSON.parse(
      await readFile(join(report, 'data-quality.json'), 'utf8'),
    ),
  };
}
