import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDays } from '#lib/domain/dates';
import { ROLLUP_LOCK_KEY } from '#lib/domain/vocabulary';
import { lastRollup } from '#lib/pipeline/last-rollup';
import { rollupStage } from '#lib/pipeline/rollup-stage';
import { recordingLog } from '../../helpers/recording-log.ts';
import { useRollupLake } from '../../helpers/rollup-lake.ts';
import { text } from '../../helpers/store-text.ts';
import { writeA1Days } from './rollup-lock-fixture.ts';

const { lake, deps } = useRollupLake('rollup-summary-per-run');

/** The daily run's date, and a replay's, before the broken file's day. */
const DAILY = '2026-01-11';
const REPLAY = '2026-01-05';
const BROKEN = 'traffic/dt=2026-01-09/part-1.parquet';
/** The first of ten days of traffic. */
const FIRST = '2026-01-01';

describe("the plan's rollup summary on AWS, two executions on one lake", () => {
  it("reports its own rollup's faults when another execution's rollup ran after it", async () => {
    // Prepare: ten days of traffic, the 9th with a file that is not
    // Parquet; the daily execution rolls up, then a replay of an earlier
    // date (started by hand) rolls up before the daily run's plan reads
    const days = Array.from({ length: 10 }, (_, i) => addDays(FIRST, i));
    await writeA1Days(lake(), days);
    await writeFile(join(lake(), BROKEN), 'not parquet');
    await rollupStage(deps(), { asOf: DAILY, execution: 'exec-daily' });
    await rollupStage(deps(), { asOf: REPLAY, execution: 'exec-replay' });

    // Act: what each plan reads of its execution's rollup
    const daily = await lastRollup(deps(), 'exec-daily');
    const replay = await lastRollup(deps(), 'exec-replay');

    // Assess: the daily report named no file left out (the replay's
    // rollup, before 2026-01-05, met none), and a replay running after
    // the daily rollup named a file of a day after its date
    expect(daily.unreadableFiles.map((f) => f.file)).toEqual([BROKEN]);
    expect(replay.unreadableFiles).toEqual([]);
  });

  it("reads the last rollup's summary, saying so, when its execution's is gone", async () => {
    // Prepare: an execution whose rollup ran before these summaries were
    // kept per execution (or whose plan is redriven after a week)
    await rollupStage(deps(), { asOf: DAILY });
    const { log, messages } = recordingLog();

    // Act
    const read = await lastRollup({ ...deps(), log }, 'exec-older');

    // Assess
    expect(read.unreadableFiles).toEqual([]);
    expect(messages).toEqual([
      'runs/rollups/exec-older.json is missing (expired, or its rollup ran ' +
        'before summaries were kept per execution): the report states the ' +
        'faults of the last rollup ' +
        "(state/rollup.json), which may be another execution's",
    ]);
  });

  it("writes its summary and batch limits holding the lake's lock, so the next rollup reads them as it left them", async () => {
    // Prepare: the lake's lock as it is when the summary is written
    const base = deps();
    const held: (string | undefined)[] = [];
    const reports = Object.assign(Object.create(base.reports), {
      async put(...args: Parameters<typeof base.reports.put>) {
        held.push(text(await base.lake.get(ROLLUP_LOCK_KEY)));
        return base.reports.put(...args);
      },
    }) as typeof base.reports;

    // Act
    await rollupStage({ ...base, reports }, { asOf: DAILY, execution: 'e' });

    // Assess: both writes (state/rollup.json, the execution's) under it
    expect(held).toHaveLength(2);
    for (const lock of held) expect(lock).toContain('"stage":"rollup"');
  });
});
