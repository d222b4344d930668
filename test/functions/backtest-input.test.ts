import { describe, expect, it } from 'vitest';
import { addDays } from '#lib/domain/dates';
import { START } from '../lib/pipeline/run-backtest-fixture.ts';
import {
  context,
  LAST_DAY,
  plan,
  useBacktestLambda,
} from './backtest-lambda-fixture.ts';

const aws = useBacktestLambda();

describe('backtest Lambda: the execution input', () => {
  it.each([
    [
      { everyDays: 0 },
      "execution input: field 'everyDays' must be at least 1 (got 0)",
    ],
    [
      { from: '2026-02-30' },
      `execution input: field 'from' must be a date YYYY-MM-DD: February 2026 has days 01 to 28 (got "2026-02-30")`,
    ],
    [
      { asOf: '2026-03-01' },
      `execution input: field 'asOf' is unknown (got "2026-03-01")`,
    ],
  ])(
    'rejects the execution input %j before touching the lake or the reports',
    async (input, message) => {
      // Prepare
      const { handler } = await import('../../functions/backtest.ts');
      // Act
      const act = handler(plan(input), context);
      // Assess
      await expect(act).rejects.toThrow(message);
      expect(aws.athenaCalls()).toBe(0);
      expect(await aws.reports().get('state/backtest.json')).toBeUndefined();
    },
  );

  it('names the data and the event field when the range runs past it, and writes nothing', async () => {
    // Prepare
    const { handler } = await import('../../functions/backtest.ts');
    const to = addDays(LAST_DAY, 1);
    // Act
    const act = handler(plan({ to }), context);
    // Assess
    await expect(act).rejects.toThrow(
      `to ${to} is outside the data: series_daily runs from ${START} ` +
        `to ${LAST_DAY}, so to must be ${LAST_DAY} or earlier (roll up ` +
        "newer traffic with the daily run's rollup first)",
    );
    await expect(act).rejects.not.toThrow(/--to|headroom run/);
    expect(await aws.reports().get('state/backtest.json')).toBeUndefined();
  });

  it('says which value was filled in by default', async () => {
    // Prepare
    const { handler } = await import('../../functions/backtest.ts');
    const from = addDays(LAST_DAY, 1);
    // Act
    const act = handler(plan({ from }), context);
    // Assess
    await expect(act).rejects.toThrow(
      `from ${from} is after to ${addDays(LAST_DAY, -126)} (the default: ` +
        "the last date judged in full, 126 days before the data's last day",
    );
    expect(await aws.reports().get('state/backtest.json')).toBeUndefined();
  });

  it.each([
    { from: '2026-03-01' },
    { step: 'replay', backtestId: 'backtest-0011223344556677' },
  ])(
    'rejects the event %j, no step of the state machine, saying to start the state machine',
    async (event) => {
      // Prepare: e.g. the range, as the backtest function once took it.
      const { handler } = await import('../../functions/backtest.ts');
      // Act
      const act = handler(event, context);
      // Assess
      await expect(act).rejects.toThrow(
        "event: field 'step' must be 'plan', 'batch' or 'merge': this " +
          'function runs the steps of the backtest state machine; to ' +
          'backtest, start an execution of the state machine of the same ' +
          'name with {"from", "to", "everyDays"}',
      );
      expect(aws.athenaCalls()).toBe(0);
    },
  );

  it('names the step given when it is none of the three', async () => {
    // Prepare
    const { handler } = await import('../../functions/backtest.ts');
    // Act
    const act = handler({ step: 'Plan', execution: 'x' }, context);
    // Assess
    await expect(act).rejects.toThrow(/'merge': .* \(got "Plan"\)$/);
    expect(aws.athenaCalls()).toBe(0);
  });
});
