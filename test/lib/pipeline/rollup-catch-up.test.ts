import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONFIG } from '#lib/config';
import { addDays } from '#lib/domain/dates';
import { rollupLake } from '#lib/pipeline/rollup';
import { LakeDataError } from '#lib/query-error';
import { fakeEngine } from '../../helpers/fake-engine.ts';
import { recordingLog, silentLog } from '../../helpers/recording-log.ts';

const AS_OF = '2026-03-02';
/** A 60-day outage: every day before as-of is still to roll up. */
const OUTAGE = Array.from({ length: 60 }, (_, i) => addDays(AS_OF, i - 60));

describe('rollupLake catching up', () => {
  it('runs at most one Athena statement per ten catch-up days with the defaults', async () => {
    // Prepare
    const { engine, writes, counted } = fakeEngine(OUTAGE, () => undefined);
    const deps = { engine, log: silentLog, config: DEFAULT_CONFIG };

    // Act
    const summary = await rollupLake(deps, { asOf: AS_OF, links: [] });

    // Assess: two batches of ≤ 31 days, one UNLOAD per output each
    expect(summary.days).toEqual(OUTAGE);
    expect(writes.map((w) => w.length)).toEqual([31, 29]);
    expect(counted.statements).toBe(4);
    expect(counted.statements).toBeLessThanOrEqual(OUTAGE.length / 10);
  });
});

describe('rollupLake with a time budget', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('starts no batch that would end past the budget, judging by the longest batch so far', async () => {
    // Prepare: each 31-day batch takes a minute; 100 s of budget.
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const { engine, writes } = fakeEngine(OUTAGE, () => {
      now += 60_000;
      return undefined;
    });
    const deps = { engine, log: silentLog, config: DEFAULT_CONFIG };

    // Act
    const summary = await rollupLake(deps, {
      asOf: AS_OF,
      links: [],
      stopAfterMs: 100_000,
    });

    // Assess: the second batch would end at 120 s, past the budget (the
    // Lambda stops its Athena query at its deadline, failing the run)
    expect(writes.map((w) => w.length)).toEqual([31]);
    expect(now).toBeLessThanOrEqual(100_000);
    expect(summary.daysLeft).toBe(29);
  });

  it('writes a failed batch again day by day only while a day still fits in the budget', async () => {
    // Prepare: every write takes a minute of the clock, however many run
    // at once; the 31-day batch fails on its newest day's bad file
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const { engine } = fakeEngine(OUTAGE, () => undefined);
    const bad = OUTAGE.at(-1)!;
    engine.writePartitions = async (request) => {
      const ends = now + 60_000;
      await new Promise((resolve) => setTimeout(resolve, 1));
      now = Math.max(now, ends);
      if (request.days.includes(bad)) throw new LakeDataError(`bad ${bad}`);
      return {};
    };
    const { log, lines } = recordingLog();
    const deps = { engine, log, config: DEFAULT_CONFIG };

    // Act
    const summary = await rollupLake(deps, {
      asOf: AS_OF,
      links: [],
      stopAfterMs: 300_000,
    });

    // Assess: the batch ends at 60 s, then four days a minute while one
    // more minute fits: 16 days started by 300 s, the bad one set aside;
    // the other 15 of the batch, and the second batch, are left to the
    // next run (written on, they took the Lambda past its deadline)
    expect(now).toBe(300_000);
    expect(summary.days).toEqual(OUTAGE.slice(-16, -1));
    expect(summary.unreadableFiles.map((f) => f.day)).toEqual([bad]);
    expect(summary.daysLeft).toBe(44);
    expect(lines).toContainEqual({
      message: 'rollup stops for this run: out of time',
      data: { daysLeft: 44 },
    });
  });
});
