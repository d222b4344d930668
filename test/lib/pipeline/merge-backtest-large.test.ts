import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { DEFAULT_CONFIG } from '#lib/config';
import type { BacktestCase } from '#lib/domain/backtest';
import { addDays } from '#lib/domain/dates';
import { backtestHead } from '#lib/pipeline/assemble-backtest';
import type { BacktestPlanFile } from '#lib/pipeline/backtest-files';
import { backtestKeys } from '#lib/pipeline/backtest-files';
import { mergeBacktest } from '#lib/pipeline/merge-backtest';
import { writeRunJson } from '#lib/pipeline/run-files';
import { makeTempDir, removeDir } from '../../helpers/lake.ts';
import { silentLog } from '../../helpers/recording-log.ts';

const ID = 'backtest-00000000000000aa';
/** One batch of 250 groups judged at 730 dates (a manual range every day). */
const GROUPS = 250;
const DATES = Array.from({ length: 730 }, (_, i) => addDays('2024-06-01', i));
const started = new Date('2026-12-02T07:15:00Z');
let dir: string;

beforeAll(async () => {
  dir = await makeTempDir('merge-backtest-large');
}, 60_000);
afterAll(() => removeDir(dir));

function judged(): BacktestCase[] {
  return DATES.flatMap((asOf) =>
    Array.from({ length: GROUPS }, (_, g) => ({
      asOf,
      group: `Acme/S${String(g).padStart(3, '0')}/pni`,
      isp: 'Acme',
      orderNow: false,
      leadTimeDays: 90,
      windowEnd: addDays(asOf, 120),
      outcome: 'true-negative' as const,
    })),
  );
}

describe('mergeBacktest on a large batch', () => {
  it('merges a batch of 182,500 cases (more than a call may take as arguments)', async () => {
    // Prepare
    const reports = new FsObjectStore(dir);
    const keys = backtestKeys(ID);
    const range = { from: DATES[0]!, to: DATES.at(-1)!, everyDays: 1 };
    const span = { firstDay: '2024-01-01', lastDay: '2026-11-30' };
    const plan: BacktestPlanFile = {
      backtestId: ID,
      startedAt: started.toISOString(),
      head: backtestHead(
        { range, asOfDates: DATES, span },
        DEFAULT_CONFIG,
        started,
      ),
      config: DEFAULT_CONFIG,
      batches: ['b0001'],
      unloaded: [],
    };
    await writeRunJson(reports, keys.plan, plan);
    await writeRunJson(reports, keys.result('b0001'), {
      backtestId: ID,
      batch: 'b0001',
      cases: judged(),
      groupsWithoutData: [],
    });
    const clock = { now: () => new Date('2026-12-02T07:45:00Z') };
    // Act
    const result = await mergeBacktest(
      { reports, clock, log: silentLog },
      { backtestId: ID },
    );
    // Assess
    expect(result.cases).toHaveLength(182_500);
    expect(result.totals.trueNegatives).toBe(182_500);
    expect(result.byDate).toHaveLength(730);
    expect(result.byGroup).toHaveLength(250);
    expect(result.seconds).toBe(1800);
  }, 60_000);
});
