import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKTEST_KEY, type BacktestCase } from '#lib/domain/backtest';
import { BACKTEST_SUMMARY_KEY } from '#lib/domain/backtest-summary';
import type { ShardListItem } from '#lib/pipeline/choose-shards';
import type { Deps } from '#lib/pipeline/deps';
import { planRun } from '#lib/pipeline/plan-run';
import { publishRun } from '#lib/pipeline/publish-run';
import { rollupStage } from '#lib/pipeline/rollup-stage';
import { readRunJson } from '#lib/pipeline/run-files';
import { inProcessShards } from '#lib/pipeline/run-shards';
import { encodeBacktest, writeBacktest } from '#lib/pipeline/write-backtest';
import { writeRolledLake } from '#lib/sample/rolled-lake';
import { fixtureBacktest } from '../../helpers/backtest-result.ts';
import { makeTempDir, removeDir } from '../../helpers/lake.ts';
import {
  closeDeps,
  configWith,
  SCALE_AS_OF,
  scaleDeps,
} from '../../helpers/scale-run.ts';

let dir: string;
let deps: Deps;
let runId: string;
const FOLDER = `reports/${SCALE_AS_OF}`;

/** A fleet's misses: 1,500 crossings without an alert. */
const MISSES: BacktestCase[] = Array.from({ length: 1500 }, (_, i) => ({
  asOf: '2026-03-01',
  group: `ISP${i}/LHR1/pni`,
  isp: `ISP${i}`,
  orderNow: false,
  severity: 'watch',
  leadTimeDays: 90,
  windowEnd: '2026-06-29',
  actualCrossing: '2026-05-28',
  outcome: 'false-negative',
}));
const RESULT = fixtureBacktest(MISSES);

beforeAll(async () => {
  dir = await makeTempDir('publish-backtest');
  await writeRolledLake({ dir, links: 8, days: 200, end: SCALE_AS_OF });
  deps = await scaleDeps(
    dir,
    join(dir, 'out'),
    configWith({ historyDays: 90 }),
  );
  await rollupStage(deps, { asOf: SCALE_AS_OF });
  const plan = await planRun(deps, { asOf: SCALE_AS_OF });
  runId = plan.runId;
  const shards = await readRunJson<ShardListItem[]>(
    deps.reports,
    plan.shardListKey,
  );
  await inProcessShards(deps)(plan, shards);
}, 120_000);

afterAll(async () => {
  await closeDeps(deps);
  await removeDir(dir);
});

/** Publishes the run; what it read, its page and the misses published. */
async function published() {
  const read: string[] = [];
  const store = deps.reports;
  const reports = new Proxy(store, {
    get: (target, name) =>
      name === 'get'
        ? (key: string) => {
            read.push(key);
            return target.get(key);
          }
        : Reflect.get(target, name).bind(target),
  });
  await publishRun({ ...deps, reports }, { runId });
  const text = async (key: string) =>
    new TextDecoder().decode(await deps.reports.get(key));
  const manifest = JSON.parse(await text(`${FOLDER}/manifest.json`));
  return {
    read,
    page: await text(`${FOLDER}/accuracy.html`),
    csv: await text(`${FOLDER}/backtest-misses.csv`),
    latest: await text('reports/latest/backtest-misses.csv'),
    listed: (manifest.files as { path: string }[]).map((f) => f.path),
  };
}

const NOTE =
  '<p><strong>1,500 misses</strong>; the table lists the 200 most relevant: crossings without an alert first, then alerts without a crossing, the latest as-of dates first. Every miss is in <a href="backtest-misses.csv">backtest-misses.csv</a> (CSV).</p>';

describe('publishRun with a decision backtest', () => {
  it("reads the backtest's summary alone, says how many misses there are and publishes every one beside the page", async () => {
    // Prepare
    await deps.reports.delete([BACKTEST_SUMMARY_KEY]);
    await writeBacktest(
      (key, bytes, type) => deps.reports.putPieces(key, bytes, type),
      BACKTEST_KEY,
      RESULT,
    );

    // Act
    const run = await published();

    // Assess
    expect(run.read).toContain(BACKTEST_SUMMARY_KEY);
    expect(run.read).not.toContain(BACKTEST_KEY);
    expect(run.page).toContain(NOTE);
    expect(run.page.split('crossing, no alert</td>')).toHaveLength(1 + 200);
    const rows = parse(run.csv, { columns: true }) as { group: string }[];
    expect(rows).toHaveLength(1500);
    expect(new Set(rows.map((r) => r.group)).size).toBe(1500);
    expect(run.latest).toBe(run.csv);
    expect(run.listed).toContain('backtest-misses.csv');
  }, 60_000);

  it('renders an older store with only backtest.json, and publishes every miss from it', async () => {
    // Prepare
    await deps.reports.delete([BACKTEST_SUMMARY_KEY]);
    await deps.reports.put(BACKTEST_KEY, encodeBacktest(RESULT));

    // Act
    const run = await published();

    // Assess
    expect(run.read).toContain(BACKTEST_KEY);
    expect(run.page).toContain(NOTE);
    expect(parse(run.csv, { columns: true })).toHaveLength(1500);
    expect(run.listed).toContain('backtest-misses.csv');
  }, 60_000);
});
