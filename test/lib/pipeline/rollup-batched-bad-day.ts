import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type TrafficSample, writeTrafficDay } from '../../helpers/lake.ts';

/**
 * Writes rows of every bad kind on `day` of the sample lake `lake`, in a
 * file of their own, of the day's first link, with a second poller's
 * copies of that link's samples a minute later (:01, :06, … beside :00,
 * :05, …).
 *
 * @returns that link's id
 */
export async function writeBadDay(lake: string, day: string): Promise<string> {
  const folder = join(lake, 'traffic', `dt=${day}`);
  const [first] = await readdir(folder);
  const file = join(folder, first!);
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const db = await (await DuckDBInstance.create()).connect();
  const read = await db.runAndReadAll(
    `SELECT min(link_id) AS l FROM '${file}'`,
  );
  const linkId = String(read.getRowObjectsJS()[0]!.l);
  const copies = await db.runAndReadAll(
    `SELECT strftime(ts + INTERVAL 1 MINUTE, '%Y-%m-%dT%H:%M:%SZ') AS ts,
       out_bps, capacity_bps FROM '${file}' WHERE link_id = '${linkId}'`,
  );
  const second = copies.getRowObjectsJS().map((r) => ({
    ts: String(r.ts),
    linkId,
    outBps: Number(r.out_bps),
    capacityBps: Number(r.capacity_bps),
  }));
  db.closeSync();
  await writeTrafficDay(
    lake,
    day,
    [...second, ...badRows(day, linkId)],
    'part-bad.parquet',
  );
  return linkId;
}

/** Rows of every bad kind on `day`, of `linkId` or none in links.csv. */
function badRows(day: string, linkId: string): TrafficSample[] {
  const at = (time: string) => `${day}T${time}Z`;
  return [
    { ts: at('00:02:30'), linkId, outBps: Number.NaN, capacityBps: 1e9 },
    { ts: at('00:07:30'), linkId, outBps: -5, capacityBps: 1e9 },
    { ts: at('00:12:30'), linkId, outBps: 9e12, capacityBps: 1e9 },
    { ts: at('00:17:30'), linkId, outBps: 0, capacityBps: 1e9 },
    { ts: at('00:17:30'), linkId, outBps: 0, capacityBps: 1e9 },
    { ts: at('00:22:30'), linkId, outBps: 1, capacityBps: 1e18 },
    { ts: at('00:05:00'), linkId: 'ghost', outBps: 1, capacityBps: 1e9 },
    // Rows of another day in this day's folder.
    { ts: '2026-03-04T10:00:00Z', linkId, outBps: 1, capacityBps: 1e9 },
  ];
}
