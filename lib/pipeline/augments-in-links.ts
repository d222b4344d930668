import { addDays } from '#lib/domain/dates';
import { isInService } from '#lib/domain/in-service';
import type { PlannedAugment } from '#lib/domain/inventory';
import { formatBps } from '#lib/report/format';
import type { ModelledSeries } from './model-series.ts';
import { REPORTED_DAYS, reportedCapacity } from './reported-capacity.ts';

/** Capacities are sums of floats: a part in a million is the same. */
const SAME = 1e-6;

/**
 * The augments of `augments.csv` in service by `asOf` whose ports
 * links.csv already counts (docs/architecture.md "Augments already in
 * links.csv"): the group's traffic reports no capacity beyond links.csv's
 * (the largest of its last 7 days), and that capacity rose since the
 * augment's in-service date (over the largest of the 7 days before the
 * week before it, since ports are often lit days ahead of the date)
 * by at least the augment, with those after it: the team wrote the new
 * ports into links.csv and left the row, which the run counted again (a
 * link upgraded from 10 to 100 G with its +90 G augment read 190 G).
 * Read newest first; an augment the rise does not hold stops its group,
 * so that the older ones count as before. Where the traffic reports more
 * than links.csv, the augment is in service and not written yet: it
 * counts. A group without its traffic's capacity on both sides keeps its
 * augments.
 *
 * @param modelled - the shard's modelled series (the groups' histories)
 * @param augments - the inventory's augments
 * @param asOf - the run's "today"
 * @returns the augments links.csv already holds
 * @example
 * augmentsInLinks(modelled, inventory.augments, '2026-04-14');
 * // [{ group: 'Acme/LHR1/pni', inServiceDate: '2026-04-11', … }]
 */
export function augmentsInLinks(
  modelled: readonly ModelledSeries[],
  augments: readonly PlannedAugment[],
  asOf: string,
): PlannedAugment[] {
  if (!augments.some((augment) => isInService(augment, asOf))) return [];
  return modelled.flatMap(({ entry, history }) => {
    if (entry.level !== 'group') return [];
    const now = reportedCapacity(history, asOf);
    if (now === undefined || now > entry.inventoryCapacityBps * (1 + SAME))
      return [];
    const mine = augments
      .filter((a) => a.group === entry.key && isInService(a, asOf))
      .sort((a, b) => (a.inServiceDate < b.inServiceDate ? 1 : -1));
    const held: PlannedAugment[] = [];
    let since = 0;
    for (const augment of mine) {
      // The week before the week before its date: ports are often lit
      // days ahead of the change's date, and read then as before it.
      const before = reportedCapacity(
        history,
        addDays(augment.inServiceDate, -REPORTED_DAYS),
      );
      since += augment.addedBps;
      if (before === undefined || now - before < since * (1 - SAME)) break;
      held.push(augment);
    }
    return held;
  });
}

/**
 * The forecast note of a group whose augments links.csv already holds.
 *
 * @example
 * heldNote([augment]);
 * // 'CHG-7 (+90.0 Gbps, in service since 2026-04-11) is in links.csv already: …'
 */
export function heldNote(held: readonly PlannedAugment[]): string {
  const names = held.map(
    (a) =>
      `${a.reference === '' ? 'an augment' : a.reference} ` +
      `(+${formatBps(a.addedBps)}, in service since ${a.inServiceDate})`,
  );
  const [is, it, row] =
    held.length === 1 ? ['is', 'it', 'its row'] : ['are', 'them', 'their rows'];
  return (
    `${names.join(', ')} ${is} in links.csv already: the traffic's ` +
    `capacity rose by ${it} since, to links.csv's; counted once, remove ` +
    `${row} from augments.csv`
  );
}
