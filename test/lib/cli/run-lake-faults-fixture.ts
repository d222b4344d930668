import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { generateSample } from '#lib/sample/index';
import { folderArgs } from '../../helpers/run-headroom.ts';

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
