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
 * @returns the teardown that removes the run's folder
 */
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'headroom-tests-'));
  process.env.TMPDIR = root;
  return () => {
    // A child still writing as the run ends: tried again, not failed.
    rmSync(root, { recursive: true, force: true, maxRetries: 3 });
  };
}
