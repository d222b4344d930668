import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import type { LakeStage } from '#lib/pipeline/lake-lock';
import { rollupStage } from '#lib/pipeline/rollup-stage';
import { recordingLog } from '../../helpers/recording-log.ts';
import { fixtureDeps } from '../../helpers/rollup-fixture.ts';
import { AS_OF, DAYS, useLockLake } from './rollup-lock-fixture.ts';

const { dir, engine, writeLock } = useLockLake();

describe('the lake rollup lock held by another', () => {
  it("gives up waiting for another machine's rollup after its wait, naming the holder and the time waited", async () => {
    // Prepare
    await writeLock('build-host-7 pid 4242 lock 0dead0ff');
    const { log, messages: said } = recordingLog('info');

    // Act
    const act = rollupStage(
      { ...fixtureDeps(engine(), dir()), log },
      { asOf: AS_OF, lockWait: { waitMs: 1600, pollMs: 200 } },
    );

    // Assess: it gives up after 1.4–1.6 s on an idle machine, later on a
    // busy one (the polls' timers run late), which the message rounds
    await expect(act).rejects.toThrow(
      /another run holds the lake's lock \(state\/rollup\.lock\): build-host-7 pid 4242 lock 0dead0ff, .* \(waited [1-3] s\)$/,
    );
    expect(said).toEqual(["waiting for the lake's lock"]);
    expect(await engine().listPartitions('series_daily')).toEqual([]);
  });

  it('takes over a lock left by a process of this machine that is gone', async () => {
    // Prepare: a killed rollup's lock, not yet expired
    await writeLock(`${hostname()} pid 999999999`);

    // Act
    const summary = await rollupStage(fixtureDeps(engine(), dir()), {
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
      rollupStage(fixtureDeps(engine(), dir()), { asOf: AS_OF }),
    ).rejects.toThrow(
      "another run holds the lake's lock (state/rollup.lock): build-host-7 pid 4242",
    );
    expect(await engine().listPartitions('series_daily')).toEqual([]);
  });

  it.each([
    [
      'plan',
      'LakeBeingReadError',
      "a plan reads the lake: roll up once it is done (the run's state machine",
    ],
    [
      'backtest',
      'LakeBeingReadError',
      'a backtest reads the lake: roll up once it is done',
    ],
    ['rollup', 'RunLockedError', "another run's rollup holds the lake's lock"],
    [
      'plan',
      'LakeBeingReadError',
      'a plan reads the lake: invoke the rollup again once it is done:',
      'by hand',
    ],
  ])(
    "tells a reader's hold of the lake (%s), which the state machine retries, from a rollup's",
    async (stage, name, message, byHand?: string) => {
      // Prepare: another execution's stage, on another machine; a rollup
      // invoked by hand has no execution, and no state machine retries it
      await writeLock('169.254.76.1 pid 8 lock 5eed0ff5', stage as LakeStage);
      const execution = byHand ? {} : { execution: 'arn:exec:daily' };

      // Act
      const act = rollupStage(fixtureDeps(engine(), dir()), {
        asOf: AS_OF,
        ...execution,
      });

      // Assess: by name, as Step Functions matches a Retry's errors
      await expect(act).rejects.toMatchObject({ name });
      await expect(act).rejects.toThrow(message);
      expect(await engine().listPartitions('series_daily')).toEqual([]);
    },
  );

  it('writes a Lambda invocation end as the lock expiry, so a rollup stopped at its timeout frees the lake then', async () => {
    // Prepare: 15 minutes left in the invocation
    const ends = Date.now() + 15 * 60_000;
    let held: { expiresAt: string } | undefined;
    const deps = fixtureDeps(engine(), dir());
    // The lock as it is when the rollup, holding it, reads its state
    const reports = Object.assign(Object.create(deps.reports), {
      async get(key: string) {
        const bytes = await deps.lake.get('state/rollup.lock');
        held ??= JSON.parse(new TextDecoder().decode(bytes));
        return deps.reports.get(key);
      },
    }) as typeof deps.reports;

    // Act
    await rollupStage(
      { ...deps, reports },
      { asOf: AS_OF, lockEndsAtMs: ends },
    );

    // Assess: not 30 minutes on, as a renewed lock
    expect(held?.expiresAt).toBe(new Date(ends).toISOString());
    expect(await deps.lake.get('state/rollup.lock')).toBeUndefined();
  });
});
