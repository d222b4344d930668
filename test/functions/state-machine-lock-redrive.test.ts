import { describe, expect, it } from 'vitest';
import { claimRunDate } from '#lib/pipeline/run-date-lock';
import type { LocalTask } from '../helpers/local-state-machine.ts';
import {
  AS_OF,
  FILES,
  LOCK,
  lambdas,
  localText,
  reportText,
  skipped,
  useStateMachine,
} from './state-machine-fixture.ts';
import { freeDate, reports } from './state-machine-lock-tasks.ts';
import { start } from './state-machine-start.ts';

useStateMachine();

/**
 * The run's tasks, with `meanwhile` done before the plan: what the date's
 * lock goes through while an execution aborted after its rollup waits to
 * be redriven (the redrive goes on from the stage that did not finish).
 */
const planAfter = (meanwhile: () => Promise<void>) =>
  ({
    ...lambdas,
    Plan: async (event: never) => {
      await meanwhile();
      return lambdas.Plan!(event);
    },
  }) as Record<string, LocalTask>;

describe("the run state machine, locally: publish checks the date's lock again", () => {
  it('takes the lock again and publishes when it expired before a redrive', async () => {
    // Prepare: the lifecycle rule removed the lock after the rollup
    await freeDate();
    // Act
    const run = start({ asOf: AS_OF }, planAfter(freeDate), 'exec-own');
    const output = await run.result;
    // Assess
    expect(output.published).toMatchObject({ asOf: AS_OF, failed: 0 });
    expect(await reportText(`reports/latest/${FILES[0]}`)).toBe(
      await localText(FILES[0]!),
    );
    expect(await reportText(LOCK)).toBe('exec-own');
  }, 600_000);

  it('publishes nothing when another execution took the date meanwhile, and leaves its lock', async () => {
    // Prepare: the lock expired and a new start of the date took it
    await freeDate();
    await reports().delete(['reports/latest.json']);
    const taken = async () => {
      await freeDate();
      await claimRunDate(reports(), AS_OF, 'exec-other');
    };
    // Act
    const run = start({ asOf: AS_OF }, planAfter(taken), 'exec-own').result;
    // Assess
    await expect(run).rejects.toMatchObject({
      cause: {
        name: 'RunDateLockError',
        message: `this execution no longer holds its date: ${skipped('exec-other')}`,
      },
    });
    expect(await reportText(LOCK)).toBe('exec-other');
    expect(await reports().get('reports/latest.json')).toBeUndefined();
  }, 600_000);
});
