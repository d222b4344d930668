import { join } from 'node:path';
import type { DuckDbQueryEngine } from '#lib/adapters/local/duckdb-query-engine';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { SystemClock } from '#lib/adapters/local/system-clock';
import { type Config, DEFAULT_CONFIG } from '#lib/config';
import {
  type LinkRow,
  openTestEngine,
  type TrafficSample,
  writeLinksCsv,
} from './lake.ts';
import { silentLog } from './recording-log.ts';

/**
 * The ISO timestamps of a day's samples, `count` steps of `stepSeconds`
 * from midnight (00:00, 00:05, …), so that every one falls on `dt`.
 *
 * @example dayStamps('2026-01-01', 3); // 00:00, 00:05, 00:10
 */
export function dayStamps(
  dt: string,
  count: number,
  stepSeconds = 300,
): string[] {
  const start = Date.parse(`${dt}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) =>
    new Date(start + i * stepSeconds * 1000).toISOString(),
  );
}

/**
 * The p95 the way the rollup defines it locally: linear interpolation
 * between order statistics (Hyndman & Fan type 7, DuckDB `quantile_cont`).
 *
 * @example p95([1, 2, 3, 4, 5]); // 4.8
 */
export function p95(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * 0.95;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/**
 * A small inventory and one day of traffic for rollup tests: two Acme
 * links in one default group at LHR1, one in a named group at FRA1.
 * Figures are whole Gbps (`GBPS`): links.csv takes no capacity below
 * 1 Mbps.
 */
export const LINKS: LinkRow[] = [
  {
    linkId: 'a1',
    isp: 'Acme',
    site: 'LHR1',
    linkType: 'pni',
    capacityBps: 100e9,
  },
  {
    linkId: 'a2',
    isp: 'Acme',
    site: 'LHR1',
    linkType: 'pni',
    capacityBps: 100e9,
  },
  {
    linkId: 'a3',
    isp: 'Acme',
    site: 'FRA1',
    linkType: 'ix',
    capacityBps: 50e9,
    group: 'Acme-FRA',
  },
];
/** One Gbps in bps: the fixture's figures are whole multiples of it. */
export const GBPS = 1e9;
export const DT = '2026-01-01';
export const STAMPS = dayStamps(DT, 288);
/** a1 is busy in the morning, a2 in the afternoon: their sum is flat. */
export const A1 = STAMPS.map((_, i) => ((i < 144 ? 60 : 5) + (i % 10)) * GBPS);
export const A2 = STAMPS.map(
  (_, i) => ((i < 144 ? 5 : 60) + ((i * 3) % 10)) * GBPS,
);
export const A3 = STAMPS.map((_, i) => (20 + (i % 24)) * GBPS);
export const U1 = STAMPS.map((_, i) => (7 + (i % 5)) * GBPS);

/** One link's samples on `day` (DT unless said), every five minutes. */
export function samples(
  linkId: string,
  values: readonly number[],
  capacity: (i: number) => number,
  day = DT,
): TrafficSample[] {
  const stamps = day === DT ? STAMPS : dayStamps(day, values.length);
  return values.map((outBps, i) => ({
    ts: stamps[i]!,
    linkId,
    outBps,
    capacityBps: capacity(i),
  }));
}

/**
 * Writes the inventory under `dir/inventory` and opens a small engine over
 * `dir/lake`.
 */
export async function openRollupEngine(
  dir: string,
): Promise<DuckDbQueryEngine> {
  await writeLinksCsv(join(dir, 'inventory'), LINKS);
  return openTestEngine(dir);
}

/** The first `series_daily` row of a key (any day), for assertions. */
export async function seriesRow(engine: DuckDbQueryEngine, key: string) {
  const rows = await engine.query(
    `SELECT level, key, peak_bps, max_bps, mean_bps, capacity_bps, samples
     FROM series_daily WHERE key = '${key}'`,
  );
  return rows[0];
}

/**
 * What `rollupStage` needs, over `dir/inventory` (links.csv), the lake
 * `dir/lake` and a report store in `dir/out`.
 */
export function fixtureDeps(
  engine: DuckDbQueryEngine,
  dir: string,
  config: Config = DEFAULT_CONFIG,
) {
  return {
    engine,
    lake: new FsObjectStore(join(dir, 'lake')),
    clock: new SystemClock(),
    log: silentLog,
    config,
    inventory: new FsObjectStore(join(dir, 'inventory')),
    inventoryLocation: join(dir, 'inventory'),
    reports: new FsObjectStore(join(dir, 'out')),
  };
}
