import { describe, expect, it } from 'vitest';
import { runRollupKey } from '#lib/pipeline/record-rollup';
import type { LocalTask } from '../helpers/local-state-machine.ts';
import { heldBy } from './lake-held-by.ts';
import {
  AS_OF,
  FILES,
  LOCK,
  lambdas,
  localText,
  reportText,
  useStateMachine,
} from './state-machine-fixture.ts';
import { freeDate, reports } from './state-machine-lock-tasks.ts';
import { start } from './state-machine-start.ts';

useStateMachine();

/** The tasks, the rollup's and plan's events in `events`, `after` each failed rollup. */
function watched(events: string[], after: () => Promise<void>) {
  const call = (name: string) => async (event: never) => {
    events.push(`${name} ${JSON.stringify(event)}`);
    return lambdas[name]!(event).catch(async (error: Error) => {
      events.push(`${name} failed: ${error.name}`);
      await after();
      throw error;
    });
  };
  return {
    ...lambdas,
    Rollup: call('Rollup'),
    Plan: call('Plan'),
  } as Record<string, LocalTask>;
}

describe("the run state machine, locally: the lake's lock", () => {
  it("rolls up once another execution's plan is done with the lake, then publishes", async () => {
    // Prepare: a plan of another execution (a replay) reads the lake
    await freeDate();
    const release = await heldBy('plan');
    const events: string[] = [];
    const id = 'exec-after-a-plan';

    // Act: the rollup meets the plan's lock; the plan ends meanwhile
    const output = await start({ asOf: AS_OF }, watched(events, release), id)
      .result;

    // Assess: it failed the run at once (RunLockedError); now the
    // state machine tried the rollup again, which rolled up
    const called = { asOf: AS_OF, execution: id };
    expect(events).toEqual([
      `Rollup ${JSON.stringify(called)}`,
      'Rollup failed: LakeBeingReadError',
      `Rollup ${JSON.stringify(called)}`,
      `Plan ${JSON.stringify(called)}`,
    ]);
    expect(output.published).toMatchObject({ asOf: AS_OF, failed: 0 });
    expect(await reportText(`reports/latest/${FILES[0]}`)).toBe(
      await localText(FILES[0]!),
    );
    // The plan read this execution's own rollup summary
    expect(await reports().get(runRollupKey(id))).toBeDefined();
  }, 600_000);

  it("fails at once, rolling up nothing, when another execution's rollup holds the lake", async () => {
    // Prepare
    await freeDate();
    const release = await heldBy('rollup');
    const events: string[] = [];

    // Act
    const run = start({ asOf: AS_OF }, watched(events, release)).result;

    // Assess: tried once (a second rollup would redo the first's days),
    // and the date's lock released for a run by hand
    await expect(run).rejects.toMatchObject({
      cause: { name: 'RunLockedError' },
    });
    expect(events.filter((e) => e.startsWith('Rollup {'))).toHaveLength(1);
    expect(await reports().get(LOCK)).toBeUndefined();
  }, 120_000);

  it("fails naming the plan, the date's lock released, when the plan holds the lake past the retries", async () => {
    // Prepare: a plan that holds the lake through every attempt
    await freeDate();
    const release = await heldBy('plan');
    const events: string[] = [];

    // Act
    const run = start(
      { asOf: AS_OF },
      watched(events, async () => {}),
    ).result;

    // Assess: the first attempt and the Retry's six, then the failure
    // path; the execution's error says what held the lake and for how long
    // the rollup was tried
    await expect(run).rejects.toMatchObject({
      cause: {
        name: 'LakeBeingReadError',
        message: expect.stringMatching(
          /^a plan reads the lake: .*15\.5 minutes at most, then fails the run\): another run's plan holds the lake's lock/,
        ),
      },
    });
    expect(events.filter((e) => e.startsWith('Rollup {'))).toHaveLength(7);
    expect(events).not.toContainEqual(expect.stringMatching(/^Plan /));
    expect(await reports().get(LOCK)).toBeUndefined();
    await release();
  }, 120_000);
});
