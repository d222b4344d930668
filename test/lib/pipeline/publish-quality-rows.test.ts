import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckDbQueryEngine } from '#lib/adapters/local/duckdb-query-engine';
import { addDays } from '#lib/domain/dates';
import { runPipeline } from '#lib/pipeline/run-pipeline';
import { inProcessShards } from '#lib/pipeline/run-shards';
import type { ObjectStore } from '#lib/ports/object-store';
import { writeRolledLake } from '#lib/sample/rolled-lake';
import { makeTempDir, removeDir } from '../../helpers/lake.ts';
import { replaceDay } from '../../helpers/replace-day.ts';
import { atRiskConfig } from '../../helpers/same-run.ts';
import { closeDeps, SCALE_AS_OF, scaleDeps } from '../../helpers/scale-run.ts';
import { olderRunFolder, unrankedRunFolder } from './older-run-folders.ts';

const DAY = addDays(SCALE_AS_OF, -3);

/**
 * One day of faults on every link: a spike of 3, a zero of 2, a duplicate
 * of 1 or 2 and a negative of 1, so that the overview's top 20 ends
 * among rows of equal count.
 */
const FAULTS = `SELECT '${DAY}' AS dt, link_id, kind, CAST(CASE kind
  WHEN 'spike' THEN 3 WHEN 'zero' THEN 2 WHEN 'negative' THEN 1
  ELSE 1 + i % 2 END AS bigint) AS "count"
FROM (SELECT i, 'link-' || lpad(CAST(i AS varchar), 5, '0') AS link_id
  FROM range(0, 12) r(i)),
  (VALUES ('negative'), ('duplicate'), ('spike'), ('zero')) k(kind)`;

describe("publish's data-quality report, its top links in the plan, or its rows in an older run's parts or quality.json", () => {
  let root = '';
  beforeAll(async () => {
    root = await makeTempDir('publish-quality-rows');
    await writeRolledLake({
      dir: root,
      links: 12,
      linksPerIsp: 4,
      days: 70,
      end: SCALE_AS_OF,
    });
  }, 60_000);
  afterAll(async () => {
    await removeDir(root);
  });

  /**
   * Runs the pipeline into `out-<name>`, `before` the shards; its files
   * and the parts of quality rows the run read.
   */
  async function runWith(
    name: string,
    before: (runDir: string) => Promise<void>,
  ) {
    const out = join(root, `out-${name}`);
    const config = atRiskConfig({ historyDays: 60 });
    const built = await scaleDeps(root, out, config);
    const partsRead: string[] = [];
    const reports: ObjectStore = Object.create(built.reports, {
      get: {
        value: (key: string) => {
          if (key.includes('/quality-rows/')) partsRead.push(key);
          return built.reports.get(key);
        },
      },
    });
    const deps = { ...built, reports };
    try {
      await replaceDay(
        deps.engine as DuckDbQueryEngine,
        'quality_daily',
        DAY,
        FAULTS,
      );
      const shards = inProcessShards(deps);
      await runPipeline(deps, {
        asOf: SCALE_AS_OF,
        runShards: async (plan, list) => {
          await before(join(out, 'runs', plan.runId));
          return shards(plan, list);
        },
      });
    } finally {
      await closeDeps(built);
    }
    const folder = join(out, 'reports', SCALE_AS_OF);
    const read = (file: string) => readFile(join(folder, file), 'utf8');
    return {
      quality: await read('data-quality.json'),
      index: await read('index.html'),
      partsRead: partsRead.length,
    };
  }

  it("writes the same data-quality.json and overview from the plan's top links, reading the rows once, as from older run folders", async () => {
    // Act
    const parts = await runWith('parts', async () => {});
    const unranked = await runWith('unranked', unrankedRunFolder);
    const older = await runWith('older', olderRunFolder);

    // Assess: the one part read once, twice when the plan kept no top
    // links, never when quality.json holds the rows
    expect([parts, unranked, older].map((r) => r.partsRead)).toEqual([1, 2, 0]);
    // Every row, in the report's order, the same bytes
    expect(parts.quality).toBe(unranked.quality);
    expect(parts.quality).toBe(older.quality);
    const report = JSON.parse(parts.quality);
    expect(report.byLink).toHaveLength(48);
    expect(Object.keys(report).slice(0, 5)).toEqual([
      'from',
      'to',
      'firstTrafficDay',
      'totals',
      'byLink',
    ]);
    expect(report.totals).toEqual({
      negative: 12,
      duplicate: 18,
      spike: 36,
      zero: 24,
    });
    // The overview's top 20 links, ties in the report's order, alike
    expect(parts.index).toBe(unranked.index);
    expect(parts.index).toBe(older.index);
    const from = parts.index.indexOf('id="quality-table"');
    const table = parts.index.slice(
      from,
      parts.index.indexOf('</table>', from),
    );
    const shown = [...table.matchAll(/<th scope="row"[^>]*>([^<]+)<\/th>/g)];
    // As a stable sort of every row by count lists them
    const sorted = [...report.byLink].sort(
      (a: { count: number }, b: { count: number }) => b.count - a.count,
    );
    expect(shown.map((m) => m[1])).toEqual(
      sorted.slice(0, 20).map((r: { linkId: string }) => r.linkId),
    );
    expect(sorted[19].count).toBe(sorted[20].count);
  }, 120_000);
});
