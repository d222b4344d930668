import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, vi } from 'vitest';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { SystemClock } from '#lib/adapters/local/system-clock';
import { DEFAULT_CONFIG } from '#lib/config';
import { addDays } from '#lib/domain/dates';
import { ROLLUP_STATE, rollupStage } from '#lib/pipeline/rollup-stage';
import { QueryTimeoutError } from '#lib/query-error';
import { fakeEngine } from '../../helpers/fake-engine.ts';
import { recordingLog } from '../../helpers/recording-log.ts';

export const AS_OF = '2026-03-02';
/** Twelve days still to roll up, newest first (10 bytes each). */
export const DAYS = Array.from({ length: 12 }, (_, i) =>
  addDays(AS_OF, -1 - i),
);
/** The rollup's time budget, as the Lambda gives it. */
export const BUDGET_MS = 100_000;
/** The configured bytes a batch: `rollup.scanBytes` over 5 reads. */
export const CONFIGURED_BYTES = 3_200_000_000;

let dir: string;
let now: number;
/**
 * A report store and lake in a new folder for each test, and a
 * `performance.now` that only the fake engine's writes advance.
 */
export function useBatchCut() {
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'headroom-batch-cut-'));
    now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await rm(dir, { recursive: true, force: true });
  });
}

/**
 * The stage over the twelve days, where a day's rollup takes `msPerDay`
 * and a write longer than the budget is stopped at the deadline, as
 * Athena's adapter stops it, naming its UNLOAD.
 */
export function stage(msPerDay: number) {
  const { engine, writes } = fakeEngine(DAYS, () => undefined);
  const write = engine.writePartitions.bind(engine);
  engine.writePartitions = async (request) => {
    const ms = request.days.length * msPerDay;
    now += Math.min(ms, BUDGET_MS);
    if (ms <= BUDGET_MS) return write(request);
    const { days } = request;
    const range =
      days.length === 1
        ? days[0]
        : `${days.at(-1)} to ${days[0]}, ${days.length} days`;
    throw new QueryTimeoutError(
      `Athena query q-1 still RUNNING at the caller's deadline, after ${BUDGET_MS} ms: cancelled (UNLOAD of quality_daily for ${range})`,
    );
  };
  const { log, messages } = recordingLog();
  const reports = new FsObjectStore(join(dir, 'out'));
  const deps = {
    engine,
    lake: new FsObjectStore(join(dir, 'lake')),
    clock: new SystemClock(),
    log,
    config: DEFAULT_CONFIG,
    inventory: reports,
    reports,
  };
  const run = () =>
    rollupStage(deps, { asOf: AS_OF, links: [], stopAfterMs: BUDGET_MS });
  return { run, writes, messages };
}

/** `state/rollup.json` as the last run left it. */
export async function saved() {
  return JSON.parse(await readFile(join(dir, 'out', ROLLUP_STATE), 'utf8'));
}

/** Leaves `text` as `state/rollup.json`, as an earlier run would have. */
export async function saveState(text: string) {
  await new FsObjectStore(join(dir, 'out')).put(ROLLUP_STATE, text);
}
