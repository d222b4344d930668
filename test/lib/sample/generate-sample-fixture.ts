import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { generateSample, type SampleSummary } from '#lib/sample/index';

/** The last day of the small sample. */
export const END = '2026-03-31';
/** Six links, twenty days. */
export const SMALL = { links: 6, days: 20, end: END };

/**
 * Generates the small sample (seed 1) into `ROOT/a` before the calling
 * file's tests, and removes ROOT after.
 *
 * @returns ROOT, the sample's folder and, once generated, its summary
 */
export function useSmallSample() {
  const root = mkdtempSync(join(tmpdir(), 'headroom-sample-'));
  const a = join(root, 'a');
  let summary: SampleSummary;
  beforeAll(async () => {
    summary = await generateSample({ ...SMALL, out: a, seed: 1 });
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });
  return { root, a, summary: () => summary };
}
