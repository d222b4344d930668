import { parquetReadObjects } from 'hyparquet';
import type { Config } from '#lib/config';
import { compareUtf8 } from '#lib/domain/code-point-order';
import { addDays } from '#lib/domain/dates';
import type { InventoryLink } from '#lib/domain/inventory';
import type { DailyRow } from '#lib/domain/series';
import { StoreError } from '#lib/errors';
import type {
  QueryEngine,
  SqlRow,
  UnloadedPartition,
} from '#lib/ports/query-engine';
import { CONFIRM_DAYS } from '#lib/rules/actual-crossing';
import type { DayWindow } from '#lib/sql/select-series';
import { selectSeriesKeysSql } from '#lib/sql/select-series-keys';
import { backtestKeys } from './backtest-files.ts';
import { toDailyRow } from './load-series.ts';

const COLUMNS = [
  'dt',
  'level',
  'key',
  'peak_bps',
  'max_bps',
  'mean_bps',
  'capacity_bps',
  'samples',
];

/**
 * A batch's group rows with samples in a window: queried for the batch
 * (`queryBatchRows`), or read from the backtest plan's unload
 * (`readBacktestRows`), key by key in code point order, days in order.
 */
export type BatchRows = (
  window: DayWindow,
  groups: readonly string[],
) => Promise<DailyRow[]>;

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
 * A batch's rows queried for it alone (`headroom backtest` in one
 * thread, where a query costs no bytes scanned).
 *
 * @param engine - the query engine
 * @returns the row source
 * @example
 * await replayBatch(context, links, queryBatchRows(deps.engine));
 */
export function queryBatchRows(engine: QueryEngine): BatchRows {
  return async (window, groups) =>
    (
      await engine.query(
        selectSeriesKeysSql({ ...window, level: 'group', keys: groups }),
      )
    ).map(toDailyRow);
}

/**
 * One batch's group rows from the Parquet files the backtest's plan
 * unloaded (`backtestSeriesSql`, partitioned by batch; docs/architecture.md
 * "The decision backtest"), read with hyparquet in the Lambda or worker
 * thread, in the order of the query they replace (key by code point,
 * then day). A batch whose groups have no rows has no files: no rows.
 *
 * @param engine - the query engine that unloaded them
 * @param plan - the backtest's id and what its unload wrote
 * @param batch - the batch, e.g. `b0001`
 * @returns the rows
 * @throws StoreError naming the folder when its files are not the ones
 *   the plan's unload wrote (expired with `runs/`, removed or replaced)
 * @example
 * const rows = await readBacktestRows(deps.engine, plan, 'b0001');
 */
export async function readBacktestRows(
  engine: QueryEngine,
  plan: {
    readonly backtestId: string;
    readonly unloaded: readonly UnloadedPartition[];
  },
  batch: string,
): Promise<DailyRow[]> {
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
  const byKey = new Map<string, DailyRow[]>();
  for (const bytes of files) {
    const file = bytes.buffer.slice(
      bytes.byteOffset,
      bytes.byteOffset + bytes.byteLength,
    ) as ArrayBuffer;
    for (const row of await parquetReadObjects({ file, columns: COLUMNS })) {
      const daily = toDailyRow(row as SqlRow);
      const rows = byKey.get(daily.key);
      if (rows) rows.push(daily);
      else byKey.set(daily.key, [daily]);
    }
  }
  return [...byKey.keys()]
    .sort(compareUtf8)
    .flatMap((key) =>
      byKey.get(key)!.sort((a, b) => (a.dt < b.dt ? -1 : a.dt > b.dt ? 1 : 0)),
    );
}
