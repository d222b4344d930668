import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DuckDbQueryEngine } from '#lib/adapters/local/duckdb-query-engine';
import { type Config, DEFAULT_CONFIG } from '#lib/config';
import { addDays } from '#lib/domain/dates';
import { rollupStage } from '#lib/pipeline/rollup-stage';
import {
  type LinkRow,
  makeTempDir,
  openTestEngine,
  removeDir,
  writeLinksCsv,
  writeTrafficDay,
} from '../../helpers/lake.ts';
import { fixtureDeps, STAMPS, samples } from '../../helpers/rollup-fixture.ts';

const START = '2026-01-01';
const AS_OF = addDays(START, 6);
const DAYS = Array.from({ length: 6 }, (_, i) => addDays(START, i));
const link = (linkId: string, group = ''): LinkRow => ({
  linkId,
  isp: 'Acme',
  site: 'LHR1',
  linkType: 'pni',
  capacityBps: 100e9,
  group,
});
const config = (rollup: Partial<Config['rollup']>): Config => ({
  ...DEFAULT_CONFIG,
  rollup: { ...DEFAULT_CONFIG.rollup, lateDays: 0, ...rollup },
});

describe('rollup after links.csv regrouped links', () => {
  let dir: string;
  const groupDays = async (engine: DuckDbQueryEngine, key: string) =>
    (
      await engine.query(
        `SELECT dt FROM series_daily WHERE level = 'group' AND key = '${key}' ORDER BY dt`,
      )
    ).map((row) => row.dt);

  beforeEach(async () => {
    dir = await makeTempDir('regroup');
    for (const dt of DAYS) {
      const values = STAMPS.map(() => 10e9);
      await writeTrafficDay(join(dir, 'lake'), dt, [
        ...samples('l1', values, () => 100e9).map((s) => ({
          ...s,
          ts: s.ts.replace(START, dt),
        })),
        ...samples('l2', values, () => 100e9).map((s) => ({
          ...s,
          ts: s.ts.replace(START, dt),
        })),
      ]);
    }
  });
  afterEach(() => removeDir(dir));

  async function runWith(links: LinkRow[], settings: Config) {
    await writeLinksCsv(join(dir, 'inventory'), links);
    const engine = await openTestEngine(dir);
    const summary = await rollupStage(fixtureDeps(engine, dir, settings), {
      asOf: AS_OF,
    });
    return { engine, summary };
  }

  it('re-rolls the history newest first, rebuildDaysPerRun days a run, each run going on from the last', async () => {
    // Prepare
    const settings = config({ rebuildDaysPerRun: 2, batchDays: 1 });
    const first = await runWith([link('l1'), link('l2')], settings);
    await first.engine.close();
    const moved = [link('l1', 'bundle'), link('l2', 'bundle')];

    // Act
    const second = await runWith(moved, settings);
    const afterSecond = await groupDays(second.engine, 'bundle');
    await second.engine.close();
    const third = await runWith(moved, settings);

    // Assess
    try {
      expect(second.summary.days).toEqual(DAYS.slice(4));
      expect(second.summary.daysLeft).toBe(4);
      expect(afterSecond).toEqual(DAYS.slice(4));
      expect(third.summary.days).toEqual(DAYS.slice(2, 4));
      expect(await groupDays(third.engine, 'bundle')).toEqual(DAYS.slice(2));
    } finally {
      await third.engine.close();
    }
  });

  it('keeps days whose raw traffic expired and reports them as not re-rolled', async () => {
    // Prepare
    const settings = config({});
    const first = await runWith([link('l1'), link('l2')], settings);
    await first.engine.close();
    for (const dt of DAYS.slice(0, 2)) {
      await rm(join(dir, 'lake', 'traffic', `dt=${dt}`), { recursive: true });
    }

    // Act
    const { engine, summary } = await runWith(
      [link('l1', 'bundle'), link('l2', 'bundle')],
      settings,
    );

    // Assess
    try {
      expect(summary.days).toEqual(DAYS.slice(2));
      expect(summary.notReRolled).toEqual(DAYS.slice(0, 2));
      expect(await groupDays(engine, 'Acme/LHR1/pni')).toEqual(
        DAYS.slice(0, 2),
      );
    } finally {
      await engine.close();
    }
  });
});
