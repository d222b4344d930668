import type { Inventory } from '#lib/domain/inventory';
import type { LikelyMember, PageQuality } from '#lib/domain/quality';
import type { DayWindow } from '#lib/sql/select-series';
import type { Deps } from './deps.ts';
import { loadQualitySummary, type QualitySummary } from './load-quality.ts';
import { qualityRowPages } from './quality-rows.ts';
import type { RollupSummary } from './rollup.ts';
import { runKeys } from './run-files.ts';
import { runJsonPieces } from './run-json-pieces.ts';
import { loadSetAsideLinks } from './set-aside-links.ts';

/**
 * The run's data-quality report (from `quality_daily`, for the inventory's
 * links) with the links whose recent traffic was all set aside, the
 * rollup's unreadable files and days not rolled up again,
 * written as `runs/<runId>/quality.json` (docs/architecture.md "Shard
 * format"): its per-link rows a thousand at a time as the query engine
 * reads them, streamed into the store (`putPieces`), so that the plan
 * never holds them all (docs/architecture.md "The plan's memory").
 *
 * @param deps - the query engine and report store
 * @param run - the run id, history window, inventory and rollup summary
 * @returns once written, its silent links, the unknown ids that read
 *   like a bundle's members' and its days with no traffic (the plan hands
 *   them to the shards in `plan.json`: docs/architecture.md "Bundles with
 *   a silent link", "Links not yet in links.csv", "The plan's memory")
 * @throws QueryError when the engine fails, also while the rows stream
 *   (the store's wrapping of it set aside); StoreError when the store does
 * @example
 * const { silentLinks, trafficDays } = await writeQualityReport(deps,
 *   { runId, window, inventory, rollup });
 */
export async function writeQualityReport(
  deps: Pick<Deps, 'engine' | 'reports'>,
  run: {
    readonly runId: string;
    readonly window: DayWindow;
    readonly inventory: Inventory;
    readonly rollup: RollupSummary;
  },
): Promise<{
  readonly silentLinks: readonly string[];
  readonly likelyMembers: readonly LikelyMember[];
  readonly trafficDays: Pick<PageQuality, 'firstTrafficDay' | 'missingDays'>;
}> {
  const { links } = run.inventory;
  const setAside = await loadSetAsideLinks(deps.engine, run.window, links);
  const summary = await loadQualitySummary(deps.engine, {
    ...run.window,
    links,
  });
  const quality = {
    ...withByLink(summary),
    ...(setAside.length > 0 ? { setAsideLinks: setAside } : {}),
    unreadableFiles: run.rollup.unreadableFiles,
    daysNotReRolled: run.rollup.notReRolled,
  };
  const rows = recordingFailure(qualityRowPages(deps.engine, run.window));
  try {
    await deps.reports.putPieces(
      runKeys(run.runId).quality,
      runJsonPieces(quality, 'byLink', rows),
      'application/json',
    );
  } catch (error) {
    // The store wraps what its pieces threw (a StoreError naming the
    // file, the local store without the reason): a query that failed
    // midway is the engine's failure, reported as the engine's.
    throw rows.failure ?? error;
  }
  return {
    silentLinks: summary.silentLinks ?? [],
    likelyMembers: summary.likelyMembers ?? [],
    trafficDays: {
      ...(summary.firstTrafficDay === undefined
        ? {}
        : { firstTrafficDay: summary.firstTrafficDay }),
      missingDays: summary.missingDays,
    },
  };
}

/**
 * The summary's fields with `byLink` in its place, after `totals` (its
 * rows are written there as they are read), as `DataQualityReport` orders
 * them.
 */
function withByLink(summary: QualitySummary): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(summary).flatMap((entry) =>
      entry[0] === 'totals' ? [entry, ['byLink', []]] : [entry],
    ),
  );
}

/** `pages` as they are, noting the error they throw in `failure`. */
function recordingFailure<T>(pages: AsyncIterable<T>) {
  const recorded = {
    failure: undefined as unknown,
    async *[Symbol.asyncIterator]() {
      try {
        yield* pages;
      } catch (error) {
        recorded.failure = error;
        throw error;
      }
    },
  };
  return recorded;
}
