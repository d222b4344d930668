import type { Inventory } from '#lib/domain/inventory';
import type { LikelyMember } from '#lib/domain/likely-member';
import type { PageQuality } from '#lib/domain/quality';
import { sharedAsns } from '#lib/inventory/index';
import type { DayWindow } from '#lib/sql/select-series';
import type { Deps } from './deps.ts';
import { loadQualitySummary, type QualitySummary } from './load-quality.ts';
import { loadOversizedLinks } from './oversized-links.ts';
import { qualityRowPages } from './quality-rows.ts';
import type { RollupSummary } from './rollup.ts';
import { runKeys, writeRunJson } from './run-files.ts';
import { loadSetAsideLinks } from './set-aside-links.ts';
import {
  type QualityRowParts,
  writeQualityRowsKeepingTop,
} from './write-quality-rows.ts';

/** The run whose data-quality report is written. */
export interface QualityRun {
  readonly runId: string;
  readonly window: DayWindow;
  readonly inventory: Inventory;
  readonly rollup: RollupSummary;
}

/** What the plan hands on of the report (in `plan.json`). */
export interface WrittenQuality {
  readonly silentLinks: readonly string[];
  readonly likelyMembers: readonly LikelyMember[];
  readonly trafficDays: Pick<PageQuality, 'firstTrafficDay' | 'missingDays'>;
  /** How its rows were written, with their top links. */
  readonly qualityRows: QualityRowParts;
}

/**
 * The run's data-quality report (from `quality_daily`, for the inventory's
 * links) with the links whose recent traffic was all set aside, those
 * whose capacity is far above a year of their traffic, the
 * rollup's unreadable files and days not rolled up again, and the ASNs
 * links.csv writes for two ISP names (`sharedAsns`): its per-link
 * rows a thousand at a time as the query engine reads them, into parts of
 * JSON Lines, the overview's top links kept as they pass
 * (`writeQualityRowsKeepingTop`), then the rest as
 * `runs/<runId>/quality.json`, without `byLink` (docs/architecture.md
 * "Shard format"), so that neither the plan nor publish ever holds every
 * row (docs/architecture.md "The plan's memory", "Publish's memory").
 *
 * @param deps - the query engine and report store
 * @param run - the run id, history window, inventory and rollup summary
 * @returns once written, its silent links, the unknown ids that read
 *   like a bundle's members', its days with no traffic and how its rows
 *   were written (the plan hands them on in `plan.json`:
 *   docs/architecture.md "Bundles with a silent link", "Links not yet in
 *   links.csv", "The plan's memory"), with the top links
 * @throws QueryError when the engine fails, also while the rows stream
 *   (then no `quality.json` is written); StoreError when the store does
 * @example
 * const { silentLinks, trafficDays, qualityRows } =
 *   await writeQualityReport(deps, { runId, window, inventory, rollup });
 */
export async function writeQualityReport(
  deps: Pick<Deps, 'engine' | 'reports'>,
  run: QualityRun,
): Promise<WrittenQuality> {
  const { links } = run.inventory;
  const setAside = await loadSetAsideLinks(deps.engine, run.window, links);
  const oversized = await loadOversizedLinks(deps.engine, run.window, links);
  const summary = await loadQualitySummary(deps.engine, {
    ...run.window,
    links,
  });
  const qualityRows = await writeQualityRowsKeepingTop(
    deps.reports,
    run.runId,
    qualityRowPages(deps.engine, run.window),
  );
  const shared = sharedAsns(links);
  await writeRunJson(deps.reports, runKeys(run.runId).quality, {
    ...summary,
    ...(shared.length > 0 ? { sharedAsns: shared } : {}),
    ...(setAside.length > 0 ? { setAsideLinks: setAside } : {}),
    ...(oversized.length > 0 ? { oversizedLinks: oversized } : {}),
    unreadableFiles: run.rollup.unreadableFiles,
    daysNotReRolled: run.rollup.notReRolled,
  });
  return { ...handedOn(summary), qualityRows };
}

/** The report's fields the plan hands on in `plan.json`. */
function handedOn(
  summary: QualitySummary,
): Omit<WrittenQuality, 'qualityRows'> {
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
