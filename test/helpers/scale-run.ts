import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Config, DEFAULT_CONFIG } from '#lib/config';
import type { Deps } from '#lib/pipeline/deps';
import { buildLocalDeps } from '#lib/wiring/local';
import { silentLog } from './recording-log.ts';

/** The as-of date of the scale tests' lakes. */
export const SCALE_AS_OF = '2026-11-26';

/** The configuration with some fields changed. */
export function configWith(changes: Partial<Config>): Config {
  return { ...DEFAULT_CONFIG, ...changes };
}

/**
 * Local deps over `dir/lake` and `dir/inventory`, writing to `out`, with a
 * fixed clock and a silent logger, small DuckDB.
 */
export function scaleDeps(dir: string, out: string, config: Config) {
  return buildLocalDeps({
    lake: join(dir, 'lake'),
    inventory: join(dir, 'inventory'),
    out,
    config,
    log: silentLog,
    clock: { now: () => new Date(`${SCALE_AS_OF}T06:00:00Z`) },
    memoryLimit: '256MB',
  });
}

/** Every file below a folder, relative paths, sorted. */
export async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, {
    recursive: true,
    withFileTypes: true,
  });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(folder, join(e.parentPath, e.name)))
    .sort();
}

/** The bytes of every file below a folder, by relative path. */
export async function readFiles(folder: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const path of await listFiles(folder)) {
    files.set(path, await readFile(join(folder, path), 'utf8'));
  }
  return files;
}

/** Closes a test's deps. */
export async function closeDeps(deps: Deps): Promise<void> {
  await deps.engine.close();
}

/**
 * The messages a local run put in its outbox, by file name, with the
 * run's own folder (in their report links) replaced by `OUT`.
 */
export async function readMessages(out: string): Promise<Map<string, string>> {
  const files = await readFiles(join(out, 'outbox'));
  const folder = pathToFileURL(out).href;
  return new Map(
    [...files].map(([path, body]) => [path, body.replaceAll(folder, 'OUT')]),
  );
}
