import type { Config } from '#lib/config';
import { addDays } from '#lib/domain/dates';
import type { InventoryLink } from '#lib/domain/inventory';
import { StoreError } from '#lib/errors';
import type { QueryEngine, UnloadedPartition } from '#lib/ports/query-engine';
import { CONFIRM_DAYS } from '#lib/rules/actual-crossing';
import type { DayWindow } from '#lib/sql/select-series';
import { selectSeriesKeysSql } from '#lib/sql/select-series-keys';
import { backtestKeys } from './backtest-files.ts';
import type { ShardSeries } from './catalog-figures.ts';
import { toDailyRow } from './load-series.ts';
import { readSeriesFiles } from './series-files.ts';
import { seriesOfRows } from './series-window.ts';

/**
 * A batch's group series with samples in a window, and its links' (for
 * `leaveOutIncomplete`), each on its calendar with its catalog figures,
 * by level then key: queried for the batch (`queryBatchSeries`), or read
 * from the backtest plan's unload (`readBacktestSeries`).
 */
export type BatchSeries = (
  window: DayWindow,
  members: {
    readonly groups: readonly string[];
    readonly links: readonly string[];
  },
) => Promise<ShardSeries[]>;

/**
 * The days a backtest of these links reads: from the first as-of date's
 * history to the end of the last date's truth window for their longest
 * lead time.
 *
 * @param asOfDates - the as-of dates, in order
 * @param links - the links replayed
 * @param config - history length and warning window
 * @returns the window, `to` exclusive
 * @example
 * backtestWindow(['2026-03-01'], links, config).from; // '2024-03-01'
 */
export function backtestWindow(
  asOfDates: readonly string[],
  links: readonly InventoryLink[],
  config: Config,
): DayWindow {
  // A loop, not Math.max(...): a fleet's links overflow the arguments.
  const longest = links.reduce((max, l) => Math.max(max, l.leadTimeDays), 0);
  return {
    from: addDays(asOfDates[0]!, -config.historyDays),
    to: addDays(
      asOfDates.at(-1)!,
      longest + config.warningWindowDays + CONFIRM_DAYS,
    ),
  };
}

/**
 * A batch's series queried for it alone (`headroom backtest` in one
 * thread, where a query costs no bytes scanned): its groups' rows with
 * samples, then its links', as the plan's unload selects them.
 *
 * @param engine - the query engine
 * @returns the series source
 * @example
 * await replayBatch(context, links, queryBatchSeries(deps.engine));
 */
export function queryBatchSeries(engine: QueryEngine): BatchSeries {
  const rows = async (
    window: DayWindow,
    level: 'group' | 'link',
    keys: readonly string[],
  ) =>
    (await engine.query(selectSeriesKeysSql({ ...window, level, keys })))
      .map(toDailyRow)
      .filter((row) => row.samples > 0);
  return async (window, { groups, links }) =>
    seriesOfRows(
      [
        ...(await rows(window, 'group', groups)),
        ...(await rows(window, 'link', links)),
      ],
      window,
    );
}

/**
 * One batch's group and link series from the Parquet files the backtest's
 * plan unloaded (`backtestSeriesSql`, partitioned by batch;
 * docs/architecture.md "The decision backtest"), read as a shard's are
 * (`readSeriesFiles`, hyparquet, column by column: a batch of 1,000
 * groups has their 4,000 links' rows too, millions, too many to hold as
 * objects) in the Lambda or worker thread.
 *
 * @param engine - the query engine that unloaded them
 * @param plan - the backtest's id and what its unload wrote
 * @param batch - the batch, e.g. `b0001`
 * @param from - the first day of the batches' window
 * @returns the series, by level then key
 * @throws StoreError naming the folder when its files are not the ones
 *   the plan's unload wrote (expired with `runs/`, removed or replaced)
 * @example
 * const series = await readBacktestSeries(deps.engine, plan, 'b0001',
 *   '2024-03-01');
 */
export async function readBacktestSeries(
  engine: QueryEngine,
  plan: {
    readonly backtestId: string;
    readonly unloaded: readonly UnloadedPartition[];
  },
  batch: string,
  from: string,
): Promise<ShardSeries[]> {
  const target = backtestKeys(plan.backtestId).series;
  const files = await engine.readUnloaded(target, batch);
  const wrote = plan.unloaded.find((p) => p.value === batch);
  const bytes = files.reduce((sum, file) => sum + file.byteLength, 0);
  if ((wrote?.files ?? 0) !== files.length || (wrote?.bytes ?? 0) !== bytes) {
    const folder = `${target.prefix}/${target.partitionBy}=${batch}/`;
    throw new StoreError(
      `batch ${batch}'s rows (${folder} in the lake) are ${files.length} ` +
        `files of ${bytes} bytes where the plan wrote ${wrote?.files ?? 0} ` +
        `of ${wrote?.bytes ?? 0}: they expired, were removed or were ` +
        'replaced after the plan; start the backtest again',
    );
  }
  return readSeriesFiles(files, from);
}
