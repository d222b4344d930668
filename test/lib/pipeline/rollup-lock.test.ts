import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DuckDbQueryEngine } from '#lib/adapters/local/duckdb-query-engine';
import { RunLockedError } from '#lib/errors';
import { ROLLUP_LOCK_KEY, rollupStage } from '#lib/pipeline/rollup-stage';
import {
  makeTempDir,
  openTestEngine,
  removeDir,
  writeTrafficDay,
} from '../../helpers/lake.ts';
import {
  A1,
  fixtureDeps,
  openRollupEngine,
  samples,
  silentLog,
} from '../../helpers/rollup-fixture.ts';

const DAYS = ['2026-01-01', '2026-01-02', '2026-01-03'];
const AS_OF = '2026-01-04';

describe('the lake rollup lock', () => {
  let dir: string;
  let engine: DuckDbQueryEngine;
  const lake = () => join(dir, 'lake');
  const lockFile = () => join(lake(), ROLLUP_LOCK_KEY);
  const writeLock = async (owner: string) => {
    await mkdir(join(lake(), 'state'), { recursive: true });
    const now = Date.now();
    await writeFile(
      lockFile(),
      JSON.stringify({
        owner,
        acquiredAt: new Date(now).toISOString(),
        expiresAt: new Date(now + 600_000).toISOString(),
      }),
    );
  };

  beforeEach(async () => {
    dir = await makeTempDir('rollup-lock');
    engine = await openRollupEngine(dir);
    for (const dt of DAYS) {
      await writeTrafficDay(
        lake(),
        dt,
        samples('a1', A1, () => 100).map((r) => ({
          ...r,
          ts: r.ts.replace('2026-01-01', dt),
        })),
      );
    }
  });
  afterEach(async () => {
    await engine.close();
    await removeDir(dir);
  });

  it('lets one of two rollups of one lake at once run, stops the other naming the lock, and leaves every day whole', async () => {
    // Prepare: a second engine over the same lake, as another process
    const other = await openTestEngine(dir);

    // Act
    const results = await Promise.allSettled([
      rollupStage(fixtureDeps(engine, dir), { asOf: AS_OF }),
      rollupStage(fixtureDeps(other, dir), { asOf: AS_OF }),
    ]);
    await other.close();

    // Assess
    const refused = results.filter((r) => r.status === 'rejected');
    expect(refused).toHaveLength(1);
    const reason = (refused[0] as PromiseRejectedResult).reason;
    expect(reason).toBeInstanceOf(RunLockedError);
    expect(String(reason)).toContain(
      `another run holds the lake's lock (state/rollup.lock): ${hostname()} pid ${process.pid}`,
    );
    const rows = await engine.query(
      `SELECT dt, count(*) AS n FROM series_daily WHERE key = 'a1' GROUP BY dt ORDER BY dt`,
    );
    expect(rows.map((r) => [r.dt, Number(r.n)])).toEqual(
      DAYS.map((dt) => [dt, 1]),
    );
    expect(await readdir(join(lake(), 'state')).catch(() => [])).toEqual([]);
  });

  it('lets a second rollup of one lake wait for the first, then roll up, every day whole', async () => {
    // Prepare: a second engine over the same lake, as another process;
    // both wait, as `headroom run` does
    const other = await openTestEngine(dir);
    const lockWait = { waitMs: 120_000, pollMs: 50 };
    const said: string[] = [];
    const log = { ...silentLog, info: (message: string) => said.push(message) };

    // Act
    const results = await Promise.allSettled([
      rollupStage(
        { ...fixtureDeps(engine, dir), log },
        { asOf: AS_OF, lockWait },
      ),
      rollupStage(
        { ...fixtureDeps(other, dir), log },
        { asOf: AS_OF, lockWait },
      ),
    ]);
    await other.close();

    // Assess: both ran, one after the other; one said it waited
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
    expect(said.filter((m) => m.startsWith('waiting'))).toEqual([
      "waiting for the lake's lock",
    ]);
    const rows = await engine.query(
      `SELECT dt, count(*) AS n FROM series_daily WHERE key = 'a1' GROUP BY dt ORDER BY dt`,
    );
    expect(rows.map((r) => [r.dt, Number(r.n)])).toEqual(
      DAYS.map((dt) => [dt, 1]),
    );
    expect(await readdir(join(lake(), 'state')).catch(() => [])).toEqual([]);
  });

  it("gives up waiting for another machine's rollup after its wait, naming the holder and the time waited", async () => {
    // Prepare
    await writeLock('build-host-7 pid 4242 lock 0dead0ff');
    const said: string[] = [];
    const log = { ...silentLog, info: (message: string) => said.push(message) };

    // Act
    const act = rollupStage(
      { ...fixtureDeps(engine, dir), log },
      { asOf: AS_OF, lockWait: { waitMs: 1600, pollMs: 200 } },
    );

    // Assess
    await expect(act).rejects.toThrow(
      /another run holds the lake's lock \(state\/rollup\.lock\): build-host-7 pid 4242 lock 0dead0ff, .* \(waited 1 s\)$/,
    );
    expect(said).toEqual(["waiting for the lake's lock"]);
    expect(await engine.listPartitions('series_daily')).toEqual([]);
  });

  it('takes over a lock left by a process of this machine that is gone', async () => {
    // Prepare: a killed rollup's lock, not yet expired
    await writeLock(`${hostname()} pid 999999999`);

    // Act
    const summary = await rollupStage(fixtureDeps(engine, dir), {
      asOf: AS_OF,
    });

    // Assess
    expect(summary.days).toEqual(DAYS);
  });

  it("refuses to roll up while another machine's rollup holds the lake, and writes nothing", async () => {
    // Prepare
    await writeLock('build-host-7 pid 4242');

    // Act / Assess
    await expect(
      rollupStage(fixtureDeps(engine, dir), { asOf: AS_OF }),
    ).rejects.toThrow(
      "another run holds the lake's lock (state/rollup.lock): build-host-7 pid 4242",
    );
    expect(await engine.listPartitions('series_daily')).toEqual([]);
  });
});
