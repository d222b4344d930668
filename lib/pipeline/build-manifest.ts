import { createHash } from 'node:crypto';
import type { Config } from '#lib/config';
import type { Evaluation } from '#lib/domain/evaluation';
import { isAtRisk, SEVERITIES, type Severity } from '#lib/domain/vocabulary';
import packageJson from '../../package.json' with { type: 'json' };

/** A file of a report run, relative to the run's folder. */
export interface PublishedFile {
  readonly path: string;
  readonly body: string | Uint8Array;
  readonly contentType: string;
}

/** What a run read, for `manifest.json`. */
export interface ManifestInputs {
  readonly historyFrom: string;
  readonly historyTo: string;
  readonly daysRolledUp: readonly string[];
  readonly dailyRows: number;
  readonly links: number;
  readonly augments: number;
  readonly unknownSeries: number;
  readonly staleSeries: readonly string[];
  /** Days before this one still use an earlier grouping of links. */
  readonly regroupBefore?: string;
}

/** A file's size and checksum, for a file published without its body in memory. */
export interface FileDigest {
  readonly path: string;
  readonly bytes: number;
  readonly sha256: string;
}

/**
 * Builds `manifest.json`, the file written last: run id, as-of date, inputs
 * seen, counts, versions and a checksum of every other file, so a reader
 * can tell a complete run from a partial one.
 *
 * @param run - run id, as-of date, start instant and scenario name
 * @param inputs - what the run read
 * @param evaluations - every evaluated series
 * @param files - the run's other files, or their digests
 * @param config - the configuration in force
 * @returns the manifest file
 * @example
 * const manifest = buildManifest(run, inputs, evaluations, files, config);
 */
export function buildManifest(
  run: {
    runId: string;
    asOf: string;
    startedAt: string;
    scenario?: string;
  },
  inputs: ManifestInputs,
  evaluations: readonly Evaluation[],
  files: readonly (PublishedFile | FileDigest)[],
  config: Config,
): PublishedFile {
  const manifest = {
    ...run,
    inputs,
    counts: {
      series: countBy(evaluations, (e) => e.level),
      severity: severityCounts(evaluations.filter((e) => e.level === 'group')),
      alerts: evaluations.filter(
        (e) => e.level === 'group' && isAtRisk(e.severity),
      ).length,
    },
    configSha256: sha256(JSON.stringify(config)),
    versions: { headroom: VERSION, node: process.versions.node },
    files: files.map((file) => ('sha256' in file ? file : digestOf(file))),
  };
  return {
    path: 'manifest.json',
    body: `${JSON.stringify(manifest, null, 2)}\n`,
    contentType: 'application/json',
  };
}

// A JSON import, so that esbuild inlines the version into Lambda bundles.
const VERSION: string = packageJson.version;

function severityCounts(evaluations: readonly Evaluation[]) {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
  for (const e of evaluations)
    counts[e.severity] = (counts[e.severity] ?? 0) + 1;
  return counts as Record<Severity, number>;
}

function countBy<T>(items: readonly T[], key: (item: T) => string) {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

/**
 * A file's size and SHA-256, as the manifest lists them.
 *
 * @param file - the file
 * @returns its digest
 * @example
 * digestOf({ path: 'a.txt', body: 'a', contentType: 'text/plain' }).bytes; // 1
 */
export function digestOf(file: PublishedFile): FileDigest {
  return {
    path: file.path,
    bytes: Buffer.byteLength(file.body),
    sha256: sha256(file.body),
  };
}

function sha256(body: string | Uint8Array): string {
  return createHash('sha256').update(body).digest('hex');
}
