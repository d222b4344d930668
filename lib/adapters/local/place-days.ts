import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type {
  LakeTable,
  PartitionMarker,
  PartitionWrite,
} from '#lib/ports/query-engine';
import {
  dayMarkerFields,
  formatMarker,
  MARKER_FILE,
} from '../shared/partition-marker.ts';
import { parquetFiles } from './duckdb-lake-files.ts';

/** A COPY's output in scratch, and what each day's marker records. */
export interface Placement {
  /** The scratch folder COPY wrote its `dt=` folders to. */
  readonly scratch: string;
  /** Rows written per day (COPY's RETURN_STATS). */
  readonly rows: ReadonlyMap<string, number>;
  readonly days: readonly string[];
  readonly tag: string;
  readonly leftOut: PartitionWrite['leftOut'];
  readonly read?: PartitionWrite['read'];
}

/**
 * Moves each day's new files in, removes the old ones and writes the
 * marker, the days at the same time (each day's steps in order, so its
 * marker still comes last). One day after the other, these file
 * operations took 1.4 s of a 16 s rollup of the sample; together 0.5 s.
 * When a day fails, the others are let finish before the error is
 * thrown: the caller then removes the scratch folder they move from.
 *
 * @param lakeDir - the lake's folder
 * @param table - the table written
 * @param placement - the scratch folder, rows per day, days, tag and
 *   the files left out
 * @returns the markers written, one per day in `placement.days` order
 * @example
 * await placeDays(lake, 'series_daily',
 *   { scratch, rows, days, tag, leftOut: undefined });
 */
export async function placeDays(
  lakeDir: string,
  table: LakeTable,
  placement: Placement,
): Promise<PartitionMarker[]> {
  const settled = await Promise.allSettled(
    placement.days.map((dt) => placeDay(lakeDir, table, placement, dt)),
  );
  const failed = settled.find((s) => s.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map(
    (s) => (s as PromiseFulfilledResult<PartitionMarker>).value,
  );
}

/** One day of {@link placeDays}: its files, then its marker. */
async function placeDay(
  lakeDir: string,
  table: LakeTable,
  placement: Placement,
  dt: string,
): Promise<PartitionMarker> {
  const folder = join(lakeDir, table, `dt=${dt}`);
  const staged = join(placement.scratch, `dt=${dt}`);
  await mkdir(folder, { recursive: true });
  const fresh = (await listOrNone(staged)).filter((n) =>
    n.endsWith('.parquet'),
  );
  const names = fresh.map((_, i) => `part-${randomUUID()}-${i}.parquet`);
  for (const [i, name] of fresh.entries()) {
    await rename(join(staged, name), join(folder, names[i]!));
  }
  const keep = new Set(names);
  for (const old of await parquetFiles(folder)) {
    if (!keep.has(old.name)) await rm(join(folder, old.name));
  }
  const marker: PartitionMarker = {
    dt,
    rows: placement.rows.get(dt) ?? 0,
    files: await parquetFiles(folder),
    tag: placement.tag,
    ...dayMarkerFields(placement, table, dt),
    writtenAt: new Date().toISOString(),
  };
  await writeFile(join(folder, MARKER_FILE), formatMarker(marker));
  return marker;
}

async function listOrNone(folder: string): Promise<string[]> {
  try {
    return await readdir(folder);
  } catch {
    return [];
  }
}
