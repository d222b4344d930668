import { readdir } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RunLockedError } from '#lib/errors';
import { rollupStage } from '#lib/pipeline/rollup-stage';
import { openTestEngine } from '../../helpers/lake.ts';
import { recordingLog } from '../../helpers/recording-log.ts';
import { fixtureDeps } from '../../helpers/rollup-fixture.ts';
import { AS_OF, DAYS, useLockLake } from './rollup-lock-fixture.ts';

const { dir, lake, engine } = useLockLake();

describe('the lake rollup lock between two rollups', () => {
  it('lets one of two rollups of one lake at once run, stops the other naming the lock, and leaves every day whole', async () => {
    // Prepare: a second engine over the same lake, as another process
    const other = await openTestEngine(dir());

    // Act
    const results = await Promise.allSettled([
      rollupStage(fixtureDeps(engine(), dir()), { asOf: AS_OF }),
      rollupStage(fixtureDeps(other, dir()), { asOf: AS_OF }),
    ]);
    await other.close();

    // Assess
    const refused = results.filter((r) => r.status === 'rejected');
    expect(refused).toHaveLength(1);
    const reason = (refused[0] as PromiseRejectedResult).reason;
    expect(reason).toBeInstanceOf(RunLockedError);
    expect(String(reason)).toContain(
      `another run's rollup holds the lake's lock (state/rollup.lock): ${hostname()} pid ${process.pid}`,
    );
    const rows = await engine().query(
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
    const other = await openTestEngine(dir());
    const lockWait = { waitMs: 120_000, pollMs: 50 };
    const { log, messages: said } = recordingLog('info');

    // Act
    const results = await Promise.allSettled([
      rollupStage(
        { ...fixtureDeps(engine(), dir()), log },
        { asOf: AS_OF, lockWait },
      ),
      rollupStage(
        { ...fixtureDeps(other, dir()), log },
        { asOf: AS_OF, lockWait },
      ),
    ]);
    await other.close();

    // Assess: both ran, one after the other (a failure names its error);
    // one said it waited
    const errors = results.flatMap((r) =>
      r.status === 'rejected'
        ? [`${r.reason?.stack ?? r.reason} (cause: ${r.reason?.cause})`]
        : [],
    );
    expect(errors).toEqual([]);
    expect(said.filter((m) => m.startsWith('waiting'))).toEqual([
      "waiting for the lake's lock",
    ]);
    const rows = await engine().query(
      `SELECT dt, count(*) AS n FROM series_daily WHERE key = 'a1' GROUP BY dt ORDER BY dt`,
    );
    expect(rows.map((r) => [r.dt, Number(r.n)])).toEqual(
      DAYS.map((dt) => [dt, 1]),
    );
    expect(await readdir(join(lake(), 'state')).catch(() => [])).toEqual([]);
  });
});
