import type { LinkPlace } from '#lib/domain/inventory';
import type { DataQualityReport } from '#lib/domain/quality';
import type { QueryEngine } from '#lib/ports/query-engine';
import { selectSeenLinksSql } from '#lib/sql/select-series';
import { loadCheckedDays } from './checked-days.ts';
import { retiredSeries } from './in-service-links.ts';
import type { DayRange } from './load-series.ts';
import { loadQualityTotals } from './quality-rows.ts';
import { inventoryTraffic } from './quiet-links.ts';
import { unknownTraffic } from './unknown-traffic.ts';

/** The window of the report and the links the inventory knows now. */
export interface QualityInput extends DayRange {
  readonly links: readonly LinkPlace[];
}

/**
 * The report but its per-link rows, in its order: everything of
 * `data-quality.json` but `byLink`, which `qualityRowPages` reads a page
 * at a time as it is written (`writeQualityReport`).
 */
export type QualitySummary = Omit<DataQualityReport, 'byLink'>;

/**
 * Builds `data-quality.json` for [`from`, `to`) from `quality_daily`
 * but its per-link rows (counts per link and kind with the number of
 * days each occurred on: `qualityRowPages`): totals per kind (and of
 * `unknown_link`, the rows without a `link_id`: `noLinkIdRows`), links
 * seen in traffic that the inventory does not know (now), each with the inventory id that spells it otherwise if one does
 * (`nearLinks`: `LHR1-PNI-1` for `lhr1-pni-1`, whose traffic was then
 * read as no link's) or that read like one bundle's members' ids
 * (`likelyMembers`: `mad1-acme-pni-new-1`, a member lit before
 * links.csv was edited), apart from those whose traffic stopped as a quiet
 * link's does (`removedLinks`: taken out of service and out of
 * links.csv), inventory links with no traffic in the window,
 * those whose traffic stopped before the lake's last day (`quietLinks`,
 * with their group and ISP, whose days since are left out of the
 * forecast: docs/architecture.md "Bundles with a link gone quiet"; a link
 * links.csv retires by the as-of date, `to`, is neither, and is named in
 * `trafficAfterRetirement` when its traffic still came since, and a
 * group or ISP it leaves with no link in `retiredSeries`: "Retired
 * links"), and the days with
 * no traffic rolled up, counted from the first traffic day (a lake that
 * starts late is not "missing" before): a day with no partition, or one
 * whose files hold no rows (a Spark job on empty input writes such a
 * file; the day was named nowhere); and the first day of the window
 * whose traffic was rolled up for a link (`firstTrafficDay`), where the
 * checks begin when the lake starts after the window does.
 *
 * @param engine - the query engine
 * @param input - the window and the inventory's link ids
 * @returns the report but its per-link rows
 * @throws QueryError when the engine fails
 * @example
 * const summary = await loadQualitySummary(engine, { from: '2025-11-26',
 *   to: '2026-11-26', links: inventory.links });
 */
export async function loadQualitySummary(
  engine: QueryEngine,
  input: QualityInput,
): Promise<QualitySummary> {
  const window = { from: input.from, to: input.to };
  const { totals, noLinkIdRows } = await loadQualityTotals(engine, window);
  const seen = await engine.query(selectSeenLinksSql(window));
  const lastDays = new Map(
    seen.map((row) => [String(row.key), String(row.last_dt)]),
  );
  const unknown = unknownTraffic(input.links, input.to, lastDays);
  const { silentLinks, quiet, retiredSending } = inventoryTraffic(
    input.links,
    input.to,
    lastDays,
  );
  const bundles = retiredSeries(input.links, input.to);
  const { firstTrafficDay, missingDays } = await loadCheckedDays(
    engine,
    window,
  );
  return {
    from: input.from,
    to: input.to,
    ...(firstTrafficDay === undefined ? {} : { firstTrafficDay }),
    totals,
    ...(noLinkIdRows > 0 ? { noLinkIdRows } : {}),
    ...unknown,
    silentLinks,
    ...(quiet.length > 0 ? { quietLinks: quiet } : {}),
    ...(retiredSending.length > 0
      ? { trafficAfterRetirement: retiredSending }
      : {}),
    ...(bundles.length > 0 ? { retiredSeries: bundles } : {}),
    missingDays,
  };
}
