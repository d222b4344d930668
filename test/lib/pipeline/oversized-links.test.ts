import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckDbQueryEngine } from '#lib/adapters/local/duckdb-query-engine';
import { addDays } from '#lib/domain/dates';
import type { InventoryLink } from '#lib/domain/inventory';
import { loadOversizedLinks } from '#lib/pipeline/oversized-links';
import { makeTempDir, openTestEngine, removeDir } from '../../helpers/lake.ts';
import { groupRows, writeSeriesDaily } from '../../helpers/series-daily.ts';

const AS_OF = '2026-12-08';
const G = 1e9;
const link = (linkId: string, capacityBps = 100 * G, retiredOn?: string) =>
  ({
    linkId,
    isp: 'Acme',
    group: 'Acme/LHR1/pni',
    capacityBps,
    retiredOn,
  }) as InventoryLink;
/** Daily link rows of the `days` days before the as-of date. */
const linkRows = (key: string, days: number, peak: (day: number) => number) =>
  groupRows(key, addDays(AS_OF, -days), days, 100 * G, peak).map((r) => ({
    ...r,
    level: 'link' as const,
  }));
// All 100 Gbps in links.csv: `idle` peaks at 0.6 Gbps for 400 days; `busy`
// at 30 Gbps; `new` was lit 60 days ago at 0.2 Gbps; `once` reached 1.2
// Gbps on one day of the year; `old` was busy until a year ago; `gone`
// is retired in links.csv; `fixed`'s capacity is 1 Gbps in links.csv now.
const LINKS = [
  link('idle'),
  link('busy'),
  link('new'),
  link('once'),
  link('old'),
  link('gone', 100 * G, '2026-12-01'),
  link('fixed', 1 * G),
];
let dir: string;
let engine: DuckDbQueryEngine;

beforeAll(async () => {
  dir = await makeTempDir('oversized-links');
  await writeSeriesDaily(join(dir, 'lake'), [
    ...linkRows('idle', 400, (d) => (0.5 + (d % 3) * 0.05) * G),
    ...linkRows('busy', 400, () => 30 * G),
    ...linkRows('new', 60, () => 0.2 * G),
    ...linkRows('once', 400, (d) => (d === 200 ? 1.2 : 0.5) * G),
    ...linkRows('old', 400, (d) => (d < 30 ? 40 : 0.5) * G),
    ...linkRows('gone', 400, () => 0.1 * G),
    ...linkRows('fixed', 400, () => 0.5 * G),
  ]);
  engine = await openTestEngine(dir);
  // The rollup's copy of links.csv, `fixed` at its old capacity
  await engine.writeInventory(
    LINKS.map((l) => ({ ...l, capacityBps: 100 * G })),
  );
});
afterAll(async () => {
  await engine.close();
  await removeDir(dir);
});

describe('loadOversizedLinks', () => {
  it("names the links whose year's highest daily peak stayed under 1% of links.csv's capacity, on 90 days or more", async () => {
    // Act
    const found = await loadOversizedLinks(
      engine,
      { from: addDays(AS_OF, -730), to: AS_OF },
      LINKS,
    );

    // Assess: `old`'s busy days are more than a year back
    expect(found).toEqual([
      { linkId: 'idle', capacityBps: 100 * G, peakBps: 0.6 * G, days: 365 },
      { linkId: 'old', capacityBps: 100 * G, peakBps: 0.5 * G, days: 365 },
    ]);
  });
});
