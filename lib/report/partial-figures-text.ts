import type { IspSummary, PartialFigures } from '#lib/domain/evaluation';
import { formatBps, plural } from './format.ts';

/**
 * The overview's caption sentence on its ISPs marked partial (by
 * `partialCells`), there when one is.
 */
export const PARTIAL_CAPTION =
  "Partial: the ISP's own total is not forecast; its figures are summed " +
  'over its bundles that are (its page lists them).';

/**
 * What the ISP page says by the total demand of an ISP whose own series
 * is not forecast (`summarizeUnforecastIsp`): its demand, capacity and
 * headroom are sums over its bundles that are, and how many of its
 * bundles and how much of its capacity in links.csv those are. In the
 * notes' style (`unlistedNotes`): one sentence, without its final stop.
 *
 * @param summary - the ISP's summary
 * @returns the note, or undefined for an ISP forecast
 * @example
 * partialNote(summary);
 * // "Partial: Acme's own total is not forecast, so … 1 of its 2 bundles …"
 */
export function partialNote(summary: IspSummary): string | undefined {
  const { partial } = summary;
  if (partial === undefined) return undefined;
  const head =
    `Partial: ${summary.isp}'s own total is not forecast, so its demand, ` +
    'capacity and headroom here are summed over ';
  const inventory = inventoryOf(partial);
  if (inventory === undefined) {
    const are = partial.groups === 1 ? 'is' : 'are';
    return `${head}its ${plural(partial.groups, 'bundle')} that ${are}`;
  }
  return (
    `${head}its bundles that are: ` +
    `${share(partial.groups, inventory.groups, 'its')} in links.csv, with ` +
    `${capacityShare(summary.capacityBps, inventory.capacityBps)} of ` +
    'capacity links.csv gives it'
  );
}

/**
 * What the partner pack says after its totals of an ISP whose own series
 * is not forecast, in the pack's words (no links.csv): they are of the
 * bundles it lists only.
 *
 * @param summary - the ISP's summary
 * @returns the sentence with a space before it, or '' for an ISP forecast
 * @example
 * partialPackText(summary);
 * // ' These totals are of the bundles below only: 1 of our 2 bundles …'
 */
export function partialPackText(summary: IspSummary): string {
  const { partial } = summary;
  if (partial === undefined) return '';
  const inventory = inventoryOf(partial);
  const which =
    inventory === undefined
      ? ''
      : `: ${share(partial.groups, inventory.groups, 'our')} with you, ` +
        `with ${capacityShare(summary.capacityBps, inventory.capacityBps)} ` +
        'of capacity between us;';
  return ` These totals are of the bundles below only${which || ';'} the total of all of them is not forecast this time.`;
}

/**
 * The lines the overview's ISP table gives beneath the demand and the
 * capacity of an ISP marked partial (`PARTIAL_CAPTION` says what that
 * is): the share of its bundles summed, and links.csv's capacity.
 *
 * @param summary - the ISP's summary
 * @returns the two lines (text), '' where there is none
 * @example
 * partialCells(summary);
 * // { demand: 'partial: 1 of 2 bundles', capacity: 'of 40.0 Gbps in links.csv' }
 */
export function partialCells(summary: IspSummary): {
  demand: string;
  capacity: string;
} {
  const { partial } = summary;
  if (partial === undefined) return { demand: '', capacity: '' };
  const inventory = inventoryOf(partial);
  if (inventory === undefined) {
    return {
      demand: `partial: ${plural(partial.groups, 'bundle')}`,
      capacity: '',
    };
  }
  return {
    demand: `partial: ${partial.groups} of ${plural(inventory.groups, 'bundle')}`,
    capacity: `of ${formatBps(inventory.capacityBps)} in links.csv`,
  };
}

/** links.csv's figures of the ISP, when the summary has them. */
function inventoryOf(partial: PartialFigures) {
  const { inventoryGroups: groups, inventoryCapacityBps: capacityBps } =
    partial;
  if (groups === undefined || capacityBps === undefined) return undefined;
  return { groups, capacityBps };
}

/**
 * '1 of its 2 bundles'; where every one is summed, 'all 2 of its
 * bundles', or 'its one bundle'.
 */
function share(some: number, all: number, whose: string): string {
  if (some !== all) return `${some} of ${whose} ${plural(all, 'bundle')}`;
  return all === 1 ? `${whose} one bundle` : `all ${all} of ${whose} bundles`;
}

/** '20.0 Gbps of the 40.0 Gbps', or 'all 40.0 Gbps'. */
const capacityShare = (some: number, all: number) =>
  some === all
    ? `all ${formatBps(all)}`
    : `${formatBps(some)} of the ${formatBps(all)}`;
