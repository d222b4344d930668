import type { Inventory } from '#lib/domain/inventory';
import type { LikelyMember } from '#lib/domain/quality';
import type { DayWindow } from '#lib/sql/select-series';
import type { Deps } from './deps.ts';
import { loadQualityReport } from './load-quality.ts';
import type { RollupSummary } from './rollup.ts';
import { runKeys, writeRunJson } from './run-files.ts';
import { loadSetAsideLinks } from './set-aside-links.ts';

/**
 * The run's data-quality report (from `quality_daily`, for the inventory's
 * links) with the links whose recent traffic was all set aside, the
 * rollup's unreadable files and days not rolled up again,
 * written as `runs/<runId>/quality.json` (docs/architecture.md "Shard
 * format").
 *
 * @param deps - the query engine and report store
 * @param run - the run id, history window, inventory and rollup summary
 * @returns once written, its silent links and the unknown ids that read
 *   like a bundle's members' (the plan hands them to the shards:
 *   docs/architecture.md "Bundles with a silent link", "Links not yet in
 *   links.csv")
 * @example
 * const { silentLinks } = await writeQualityReport(deps,
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
}> {
  const { links } = run.inventory;
  const setAside = await loadSetAsideLinks(deps.engine, run.window, links);
  const quality = {
    ...(await loadQualityReport(deps.engine, { ...run.window, links })),
    ...(setAside.length > 0 ? { setAsideLinks: setAside } : {}),
    unreadableFiles: run.rollup.unreadableFiles,
    daysNotReRolled: run.rollup.notReRolled,
  };
  await writeRunJson(deps.reports, runKeys(run.runId).quality, quality);
  return {
    silentLinks: quality.silentLinks ?? [],
    likelyMembers: quality.likelyMembers ?? [],
  };
}
