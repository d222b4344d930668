import { isInService } from '#lib/domain/in-service';
import type { PlannedAugment } from '#lib/domain/inventory';
import { formatBps } from '#lib/report/format';
import { heldNote } from './augments-in-links.ts';
import type { ModelledSeries } from './model-series.ts';
import { REPORTED_DAYS, reportedCapacity } from './reported-capacity.ts';

/**
 * The capacity a group's traffic reports beyond what links.csv and its
 * augments in service count (docs/architecture.md "Augments already in
 * links.csv"): a link upgraded in place, or a new link's ports, not
 * written yet. The group is still judged on links.csv, the capacity its
 * team keeps, and kept its alert in silence: a link upgraded from 10 to
 * 100 G read 85 % of 10 G, "order by …, overdue". A group with a retired
 * member is left alone (its traffic's capacity holds the link's up to
 * its day), and so is one whose traffic reported more than links.csv's
 * on every day of the window: a port faster than the capacity the team
 * counts (an IX port with a committed rate, an embedded cache whose
 * serving capacity is below its ports' speed) is not an upgrade.
 *
 * @param series - a modelled series (a group's is read)
 * @param augments - the augments the rules count
 * @param asOf - the run's "today"
 * @returns the capacity reported (the most of the last 7 days) and the
 *   one counted, when more
 * @example
 * capacityBeyondLinks(series, inventory.augments, '2026-04-14');
 * // { reportedBps: 100e9, countedBps: 10e9 }
 */
export function capacityBeyondLinks(
  { entry, history }: ModelledSeries,
  augments: readonly PlannedAugment[],
  asOf: string,
): CapacityBeyond | undefined {
  if (entry.level !== 'group' || entry.retired !== undefined) return undefined;
  const now = reportedCapacity(history, asOf);
  const mine = augments.filter(
    (a) => a.group === entry.key && isInService(a, asOf),
  );
  const counted =
    entry.inventoryCapacityBps + mine.reduce((s, a) => s + a.addedBps, 0);
  // Capacities are sums of floats: a part in a million is the same.
  const over = (bps: number) => bps > counted * (1 + 1e-6);
  if (now === undefined || !over(now)) return undefined;
  // A port always faster than links.csv counts (an IX port with a
  // committed rate, a cache whose serving capacity is below its ports'
  // speed) is links.csv's to judge: only a rise past it is news.
  const before = history.capacity.filter(
    (bps) => Number.isFinite(bps) && bps > 0,
  );
  if (before.every(over)) return undefined;
  return { reportedBps: now, countedBps: counted };
}

/** A capacity reported beyond the one counted. */
export interface CapacityBeyond {
  readonly reportedBps: number;
  readonly countedBps: number;
}

/**
 * The forecast note of a group whose traffic reports more capacity than
 * it is judged on (`capacityBeyondLinks`).
 *
 * @param beyond - the capacity its traffic reported and the one counted
 * @returns the note
 * @example
 * beyondLinksNote({ reportedBps: 100e9, countedBps: 10e9 });
 * // 'its traffic reports 100 Gbps (the most of its last 7 days), more than …'
 */
export function beyondLinksNote({
  reportedBps,
  countedBps,
}: CapacityBeyond): string {
  return (
    `its traffic reports ${formatBps(reportedBps)} (the most of its last ` +
    `${REPORTED_DAYS} days), more than the ${formatBps(countedBps)} it is ` +
    'judged on: write the new capacity in links.csv, or its augment in ' +
    'augments.csv'
  );
}

/**
 * A group's series noting its augments that links.csv already holds
 * (`augmentsInLinks`), and a capacity its traffic reports beyond the one
 * it is judged on (`capacityBeyondLinks`).
 *
 * @param series - a modelled series
 * @param held - the run's augments that links.csv already holds
 * @param beyond - the series' capacity beyond, if any
 * @returns the series with its notes
 * @example
 * withCapacityNotes(series, held, capacityBeyondLinks(series, counted, asOf));
 */
export function withCapacityNotes(
  series: ModelledSeries,
  held: readonly PlannedAugment[],
  beyond: CapacityBeyond | undefined,
): ModelledSeries {
  const { entry, forecast } = series;
  const mine = held.filter(
    (a) => entry.level === 'group' && a.group === entry.key,
  );
  const notes = [
    mine.length > 0 ? heldNote(mine) : undefined,
    beyond && beyondLinksNote(beyond),
  ];
  const added = notes.filter((note) => note !== undefined);
  if (added.length === 0) return series;
  const warnings = [...forecast.warnings, ...added];
  return { ...series, forecast: { ...forecast, warnings } };
}
