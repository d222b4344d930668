import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DuckDbQueryEngine } from '#lib/adapters/local/duckdb-query-engine';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { DEFAULT_CONFIG } from '#lib/config';
import { addDays } from '#lib/domain/dates';
import { parseLinks } from '#lib/inventory/index';
import { regroupHistory } from '#lib/pipeline/regroup-history';
import { rollupLake } from '#lib/pipeline/rollup';
import {
  type LinkRow,
  makeTempDir,
  openTestEngine,
  removeDir,
  writeLinksCsv,
  writeTrafficDay,
} from '../../helpers/lake.ts';
import { STAMPS, samples, silentLog } from '../../helpers/rollup-fixture.ts';

const START = '2026-01-01';
const AS_OF = addDays(START, 6);
const window = { from: addDays(AS_OF, -30), to: AS_OF };
const link = (linkId: string, group = ''): LinkRow => ({
  linkId,
  isp: 'Acme',
  site: 'LHR1',
  linkType: 'pni',
  capacityBps: 100,
  group,
});

describe('regroupHistory', () => {
  let dir: string;
  const groupDays = async (engine: DuckDbQueryEngine, key: string) =>
    (
      await engine.query(
        `SELECT dt FROM series_daily WHERE level = 'group' AND key = '${key}' ORDER BY dt`,
      )
    ).map((row) => row.dt);

  beforeEach(async () => {
    dir = await makeTempDir('regroup');
    for (let day = 0; day < 6; day += 1) {
      const values = STAMPS.map(() => 10);
      await writeTrafficDay(join(dir, 'lake'), addDays(START, day), [
        ...samples('l1', values, () => 100),
        ...samples('l2', values, () => 100),
      ]);
    }
  });
  afterEach(() => removeDir(dir));

  async function runWith(links: LinkRow[], config = DEFAULT_CONFIG) {
    await writeLinksCsv(join(dir, 'inventory'), links);
    const engine = await openTestEngine(dir);
    const deps = {
      engine,
      log: silentLog,
      config,
      reports: new FsObjectStore(join(dir, 'out')),
    };
    const parsed = parseLinks(
      await readFile(join(dir, 'inventory', 'links.csv'), 'utf8'),
      'links.csv',
      config,
    );
    await rollupLake(deps, { asOf: AS_OF });
    const pending = await regroupHistory(deps, parsed, window);
    return { engine, pending };
  }

  it('rolls the history up again when links.csv regroups links', async () => {
    // Prepare: first run with the default groups
    const first = await runWith([link('l1'), link('l2')]);
    await first.engine.close();

    // Act: both links move to a named bundle
    const { engine, pending } = await runWith([
      link('l1', 'bundle'),
      link('l2', 'bundle'),
    ]);

    // Assess
    try {
      expect(pending).toBeUndefined();
      expect(await groupDays(engine, 'bundle')).toEqual(
        Array.from({ length: 6 }, (_, i) => addDays(START, i)),
      );
    } finally {
      await engine.close();
    }
  });

  it('regroups at most rebuildDaysPerRun days a run, newest first', async () => {
    // Prepare
    const config = { ...DEFAULT_CONFIG, rollup: { rebuildDaysPerRun: 2 } };
    const first = await runWith([link('l1'), link('l2')], config);
    await first.engine.close();

    // Act
    const { engine, pending } = await runWith(
      [link('l1', 'bundle'), link('l2', 'bundle')],
      config,
    );

    // Assess: the last day (always re-rolled) and the two before it
    try {
      expect(pending).toBe(addDays(AS_OF, -2));
      expect(await groupDays(engine, 'bundle')).toEqual([
        addDays(START, 4),
        addDays(START, 5),
      ]);
    } finally {
      await engine.close();
    }
  });

  it('rebuilds a rollup state of the wrong shape with a warning, not a crash', async () => {
    // Prepare: valid JSON of the wrong shape
    const first = await runWith([link('l1'), link('l2')]);
    await first.engine.close();
    const store = new FsObjectStore(join(dir, 'out'));
    const warnings: string[] = [];
    const outcomes: unknown[] = [];

    // Act
    for (const body of [
      'null',
      '{"fingerprint":"x","regroupBefore":"2026-13-45"}',
    ]) {
      await store.put('state/rollup.json', body);
      const engine = await openTestEngine(dir);
      const deps = {
        engine,
        log: { ...silentLog, warn: (m: string) => warnings.push(m) },
        config: DEFAULT_CONFIG,
        reports: store,
      };
      outcomes.push(
        await regroupHistory(deps, [], window).finally(() => engine.close()),
      );
    }

    // Assess
    expect(outcomes).toEqual([undefined, undefined]);
    expect(warnings.filter((w) => w.includes('rollup.json'))).toEqual([
      'state/rollup.json is unreadable: rolling up history again',
      'state/rollup.json is unreadable: rolling up history again',
    ]);
    expect(
      JSON.parse(await readFile(join(dir, 'out/state/rollup.json'), 'utf8')),
    ).toHaveProperty('fingerprint');
  });
});
