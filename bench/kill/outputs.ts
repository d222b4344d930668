import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { readLakeTables } from './lake-tables.ts';

/**
 * What a run leaves that a kill must not change, as text keyed by path:
 * the dated report folder, `reports/latest/` and `latest.json`, the
 * outbox, the notification state, the lake's rolled-up tables, and the
 * list of `reports/` itself. The fields that differ between two
 * uninterrupted runs are blanked ({@link normalise}).
 *
 * @param dir - a trial folder (`out/`, `lake/`)
 * @param asOf - the runs' as-of date
 * @returns path → normalised text
 * @example
 * const outputs = await readOutputs('/tmp/kill/trial', '2026-06-01');
 */
export async function readOutputs(
  dir: string,
  asOf: string,
): Promise<Map<string, string>> {
  const out = join(dir, 'out');
  const outputs = new Map<string, string>();
  const reports = await readdir(join(out, 'reports')).catch(() => []);
  outputs.set('out/reports/', reports.sort().join('\n'));
  for (const folder of [`reports/${asOf}`, 'reports/latest', 'outbox']) {
    const files = await readTree(join(out, folder));
    for (const [path, body] of files) {
      const text = body.toString('utf8');
      const shown = path.endsWith('manifest.json')
        ? normaliseManifest(text, files)
        : normalise(text);
      outputs.set(`out/${folder}/${path}`, shown);
    }
  }
  for (const file of ['reports/latest.json', 'state/notifications.json']) {
    const body = await readFile(join(out, file), 'utf8').catch(() => 'none');
    outputs.set(`out/${file}`, normalise(body));
  }
  for (const [table, rows] of await readLakeTables(join(dir, 'lake'))) {
    outputs.set(table, rows);
  }
  return outputs;
}

/**
 * The first difference between two {@link readOutputs}, in words.
 *
 * @param want - the uninterrupted run's
 * @param got - the trial's
 * @returns undefined when they are the same
 * @example
 * firstDifference(reference, trial); // 'out/outbox/…/05-…txt: extra'
 */
export function firstDifference(
  want: ReadonlyMap<string, string>,
  got: ReadonlyMap<string, string>,
): string | undefined {
  for (const [path, text] of want) {
    const other = got.get(path);
    if (other === undefined) return `${path}: missing`;
    if (other !== text) return `${path}: ${lineDifference(text, other)}`;
  }
  for (const path of got.keys()) {
    if (!want.has(path)) return `${path}: extra`;
  }
  return undefined;
}

/**
 * Blanks what legitimately differs between two uninterrupted runs of one
 * as-of date: the run id (`2026-06-01T172339`, the start time) and
 * instants (the footer's "generated", the manifest's `startedAt`).
 */
export function normalise(text: string): string {
  return text
    .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, '<time>')
    .replace(/\d{4}-\d{2}-\d{2}T\d{6}/g, '<runId>');
}

/**
 * A manifest, normalised: each file's checksum checked against the bytes
 * beside it (`ok`, or what the file holds instead: a manifest naming
 * other bytes is a fault whatever the reference says), and the days
 * rolled up left out, since they are the days *this* run rolled up (a
 * run after a kill that rolled up some days lists fewer).
 */
function normaliseManifest(
  text: string,
  files: ReadonlyMap<string, Buffer>,
): string {
  const manifest = JSON.parse(text);
  delete manifest.inputs.daysRolledUp;
  for (const file of manifest.files as { path: string; sha256: string }[]) {
    const body = files.get(file.path);
    const actual = body && createHash('sha256').update(body).digest('hex');
    file.sha256 = actual === file.sha256 ? 'ok' : `file is ${actual}`;
  }
  return normalise(JSON.stringify(manifest, null, 2));
}

/** Every file below `folder` (scratch folders skipped), by relative path. */
async function readTree(folder: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  const entries = await readdir(folder, {
    recursive: true,
    withFileTypes: true,
  }).catch(() => []);
  for (const entry of entries) {
    const path = relative(folder, join(entry.parentPath, entry.name));
    const scratch = path.split('/').some((p) => p.startsWith('.headroom-tmp'));
    if (!entry.isFile() || scratch) continue;
    files.set(path, await readFile(join(folder, path)));
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The first line that differs, both ways, cut short. */
function lineDifference(want: string, got: string): string {
  const a = want.split('\n');
  const b = got.split('\n');
  const i = a.findIndex((line, n) => line !== b[n]);
  const at = i === -1 ? a.length : i;
  const cut = (s: string | undefined) =>
    s === undefined ? '(none)' : JSON.stringify(s.slice(0, 160));
  return `line ${at + 1}: want ${cut(a[at])}, got ${cut(b[at])}`;
}
