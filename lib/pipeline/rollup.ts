import type { QueryEngine } from '#lib/ports/query-engine';
import { qualityDaySql } from '#lib/sql/quality-day';
import { rollupDaySql } from '#lib/sql/rollup-day';
import { dayLiteral } from '#lib/sql/sql-literals';
import type { Deps } from './deps.ts';

/** What a rollup did. */
export interface RollupSummary {
  /** The days rolled up, in order. */
  readonly days: string[];
  /** `series_daily` rows written over all days. */
  readonly rows: number;
  readonly seconds: number;
}

/** Which days to roll up. */
export interface RollupInput {
  /** "Today": no partition on or after it is read. */
  readonly asOf: string;
  /** Explicit days; default: catch up (see `rollupLake`). */
  readonly days?: readonly string[];
  /** Days rolled up at once (default 2); each day is one unit of work. */
  readonly concurrency?: number;
}

/**
 * The rollup stage (DESIGN.md "Stages" 1): turns each day of raw traffic
 * into `series_daily` (peaks per link, group and ISP) and `quality_daily`
 * (bad rows per link and kind), replacing the day if it was done before.
 *
 * Without explicit days it catches up: every traffic day before `asOf`
 * whose `series_daily` or `quality_daily` partition is missing, plus the
 * last traffic day before `asOf` again, since it may have been rolled up
 * while its data was still arriving. Days on or after `asOf`, and days
 * with no traffic, are never rolled up.
 *
 * @param deps - the query engine, the logger and the configuration
 * @param input - the as-of date and optionally the days to roll up
 * @returns the days rolled up, rows written and time taken
 * @throws QueryError when the engine fails (days done so far stay done)
 * @example
 * const summary = await rollupLake(deps, { asOf: '2026-11-26' });
 * // { days: ['2026-11-25'], rows: 180, seconds: 0.4 }
 */
export async function rollupLake(
  deps: Pick<Deps, 'engine' | 'log' | 'config'>,
  input: RollupInput,
): Promise<RollupSummary> {
  dayLiteral(input.asOf, 'asOf');
  const started = performance.now();
  const traffic = (await deps.engine.listPartitions('traffic')).filter(
    (dt) => dt < input.asOf,
  );
  const days = input.days
    ? chosenDays(input.days, traffic, deps)
    : await catchUpDays(deps.engine, traffic);
  let rows = 0;
  let done = 0;
  await forEachLimited(days, input.concurrency ?? 2, async (dt) => {
    const dayRows = await rollupDay(deps, dt);
    rows += dayRows;
    done += 1;
    // A catch-up over hundreds of days reports every tenth of the way.
    const step = Math.max(1, Math.ceil(days.length / 10));
    if (done % step === 0 || done === days.length) {
      deps.log.info('rollup progress', {
        dt,
        rows: dayRows,
        progress: `${done}/${days.length} days`,
      });
    }
  });
  const seconds = (performance.now() - started) / 1000;
  deps.log.info('rollup done', { days: days.length, rows, seconds });
  return { days, rows, seconds };
}

/**
 * Runs `work` on every item, at most `limit` at a time; after a failure
 * no new item starts, and the first error is thrown.
 */
async function forEachLimited<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      const item = items[next++]!;
      await work(item).catch((error: unknown) => {
        failed = true;
        throw error;
      });
    }
  };
  const workers = Math.max(1, Math.min(Math.trunc(limit), items.length));
  await Promise.all(Array.from({ length: workers }, worker));
}

/** Explicit days that have traffic before as-of, sorted and distinct. */
function chosenDays(
  requested: readonly string[],
  traffic: readonly string[],
  deps: Pick<Deps, 'log'>,
): string[] {
  for (const dt of requested) dayLiteral(dt, 'days');
  const available = new Set(traffic);
  const skipped = requested.filter((dt) => !available.has(dt));
  if (skipped.length > 0) {
    deps.log.warn('rollup skips days with no traffic before as-of', {
      days: skipped,
    });
  }
  return [...new Set(requested.filter((dt) => available.has(dt)))].sort();
}

/** Traffic days lacking an output partition, plus the last one. */
async function catchUpDays(
  engine: QueryEngine,
  traffic: readonly string[],
): Promise<string[]> {
  const series = new Set(await engine.listPartitions('series_daily'));
  const quality = new Set(await engine.listPartitions('quality_daily'));
  const last = traffic.at(-1);
  return traffic.filter(
    (dt) => !series.has(dt) || !quality.has(dt) || dt === last,
  );
}

/** Rolls up one day; quality first, so a series day implies its quality. */
async function rollupDay(
  deps: Pick<Deps, 'engine' | 'config'>,
  dt: string,
): Promise<number> {
  const options = { spikeFactor: deps.config.dataQuality.spikeFactor };
  await deps.engine.replacePartition(
    'quality_daily',
    dt,
    qualityDaySql(dt, options),
  );
  await deps.engine.replacePartition(
    'series_daily',
    dt,
    rollupDaySql(dt, options),
  );
  const [counted] = await deps.engine.query(
    `SELECT count(*) AS n FROM series_daily WHERE dt = ${dayLiteral(dt)}`,
  );
  return Number(counted?.n ?? 0);
}
