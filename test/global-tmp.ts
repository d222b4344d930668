import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Vitest's global setup: every temporary folder the tests make (theirs,
 * Chromium's, their child processes') goes into one folder of
 * this run, removed when the run ends. Tests call `tmpdir()`, which reads
 * TMPDIR, and the test processes and their children inherit it; before,
 * each run left thousands of folders in /tmp.
 *
 * Vitest runs it for the root and again for each project (vitest.config.ts),
 * in one process: the first makes the folder, the others keep it. Nested
 * three deep, Chromium's socket path grew past the 108 bytes a Unix
 * socket's path may have, and every browser test failed to start it.
 *
 * @returns the teardown that removes the run's folder, from the first call
 */
export default function setup(): (() => void) | undefined {
  if (process.env.HEADROOM_TESTS_TMP !== undefined) return undefined;
  const root = mkdtempSync(join(tmpdir(), 'headroom-tests-'));
  process.env.TMPDIR = root;
  process.env.HEADROOM_TESTS_TMP = root;
  return () => {
    // A child still writing as the run ends: tried again, not failed.
    rmSync(root, { recursive: true, force: true, maxRetries: 3 });
  };
}
