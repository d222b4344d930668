import { describe, expect, it } from 'vitest';
import { addDays } from '#lib/domain/dates';
import {
  BACKTEST_RANGE,
  CROSSING,
  FLAT,
  GROWING,
  START,
  useBacktest,
} from '../lib/pipeline/run-backtest-fixture.ts';
import { LAST_DAY, useBacktestLambda } from './backtest-lambda-fixture.ts';
import { runBacktestMachine } from './backtest-machine.ts';

/** `headroom backtest` on the same lake and range, on local files. */
const local = useBacktest();
const aws = useBacktestLambda();
const written = () => aws.written();
const queries = () => aws.queries();
/** A whole state machine with its Lambdas, ten as-of dates: about 20 s
 * alone, over the default 60 s on a machine loaded 15 deep. */
const MACHINE_MS = 180_000;

describe('backtest state machine', () => {
  it(
    'backtests 9 months of series_daily every 30 days by default, up to the last date judged in full, and writes state/backtest.json',
    async () => {
      // Prepare: PNI links: lead time 90 + warning window 30 + 6 days confirming.
      const to = addDays(LAST_DAY, -126);
      // Act
      const output = await runBacktestMachine(aws.s3().client, {});
      // Assess
      const result = await written();
      expect(result.kind).toBe('headroom-backtest');
      expect(result).toMatchObject({
        from: addDays(to, -270),
        to,
        everyDays: 30,
        dataFirstDay: START,
        dataLastDay: LAST_DAY,
      });
      expect(result.asOfDates).toHaveLength(10);
      expect(result.cases).toHaveLength(20);
      const hits = result.cases.filter((c) => c.outcome === 'true-positive');
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.every((c) => c.group === GROWING)).toBe(true);
      expect(hits.every((c) => c.actualCrossing === CROSSING)).toBe(true);
      expect(result.totals.falsePositives).toBe(0);
      expect(result.totals.open).toBe(0);
      // Beside it, what publish reads: the summary, with every miss.
      const text = async (key: string) =>
        new TextDecoder().decode(await aws.reports().get(key));
      const summary = JSON.parse(await text('state/backtest-summary.json'));
      const misses =
        result.totals.falseNegatives + result.totals.falsePositives;
      expect(summary).toMatchObject({
        kind: 'headroom-backtest-summary',
        totals: result.totals,
        byDate: result.byDate,
      });
      expect(summary.misses).toHaveLength(misses);
      expect(output.plan).toMatchObject({
        batches: 1,
        batchList: { bucket: 'reports' },
      });
      expect(output.backtest).toMatchObject({
        key: 'state/backtest.json',
        asOfDates: 10,
        cases: 20,
        totals: result.totals,
      });
      // One scan of series_daily for the whole backtest: the plan's UNLOAD
      // of group rows and their links', by batch, which the batch reads
      // back from the lake; before it, the links as the last rollup grouped
      // them (inventory_links, a file of the inventory's size).
      expect(queries()).toHaveLength(2);
      expect(queries()[0]).toBe('SELECT link_id, grp FROM inventory_links');
      expect(queries()[1]).toMatch(/^UNLOAD \(SELECT /);
      expect(queries()[1]).toContain("partitioned_by = ARRAY['batch']");
      expect(queries()[1]).toContain("s.level = 'group' OR (s.level = 'link'");
      expect(queries()[1]).toContain(`grp >= '${FLAT}'`);
    },
    MACHINE_MS,
  );

  it('fails the execution, naming the batch, when a batch fails, and leaves the last backtest as it was', async () => {
    // Prepare
    await aws
      .reports()
      .put('state/backtest.json', '{"kind":"headroom-backtest"}');
    const failing = async () => {
      throw new Error('Athena query failed: Query exhausted resources');
    };
    // Act
    const act = runBacktestMachine(aws.s3().client, {}, 'monthly-x', {
      Batch: failing,
    });
    // Assess
    await expect(act).rejects.toThrow(
      /batch b0001 of backtest backtest-[0-9a-f]{16} failed: .*Query exhausted resources/,
    );
    expect(
      new TextDecoder().decode(await aws.reports().get('state/backtest.json')),
    ).toBe('{"kind":"headroom-backtest"}');
  });

  it(
    'writes for a manual range what headroom backtest writes for it',
    async () => {
      // Act
      await runBacktestMachine(aws.s3().client, BACKTEST_RANGE, 'manual-1');
      // Assess
      const { generatedAt, seconds, ...result } = await written();
      const { generatedAt: _at, seconds: _s, ...expected } = local();
      expect(result).toEqual(expected);
    },
    MACHINE_MS,
  );
});
