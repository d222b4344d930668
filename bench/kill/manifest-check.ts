import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The files of a report folder whose bytes are not those its manifest
 * names (a folder with a manifest says it is complete): none when the
 * folder has no manifest (it says it is incomplete) or all match.
 *
 * @param folder - e.g. `<out>/reports/2026-06-01`
 * @returns the paths that differ, or are missing
 * @example
 * await manifestMismatches('/tmp/kill/trial/out/reports/latest'); // []
 */
export async function manifestMismatches(folder: string): Promise<string[]> {
  const text = await readFile(join(folder, 'manifest.json'), 'utf8').catch(
    () => undefined,
  );
  if (text === undefined) return [];
  const manifest = JSON.parse(text) as {
    files: { path: string; sha256: string }[];
  };
  const differ: string[] = [];
  for (const file of manifest.files) {
    const body = await readFile(join(folder, file.path)).catch(() => null);
    const sha = body && createHash('sha256').update(body).digest('hex');
    if (sha !== file.sha256) differ.push(file.path);
  }
  return differ;
}
