import type { IspSummary } from '#lib/domain/isp-summary';
import { plural } from './format.ts';

/**
 * The overview's caption sentence on its ISPs marked partial (by
 * `partialCell`), there when one is.
 */
export const PARTIAL_CAPTION =
  "Partial: the ISP's own total is not forecast; its figures are summed " +
  'over its bundles that are (its page lists them).';

/**
 * What the ISP page says by the total demand of an ISP whose own series
 * is not forecast (`summarizeUnforecastIsp`): its demand, capacity and
 * headroom are sums over its bundles that are, and how many of its
 * bundles in links.csv those are. Bundles, not capacity: a summed
 * bundle's capacity is the one it is judged on (augments in service, a
 * capacity its traffic reports beyond links.csv), which links.csv's
 * figure for the ISP does not hold, so "1.40 Tbps of the 1.00 Tbps
 * links.csv gives it" could be read. In the notes' style
 * (`unlistedNotes`): one sentence, without its final stop.
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
  if (partial.inventoryGroups === undefined) {
    const are = partial.groups === 1 ? 'is' : 'are';
    return `${head}its ${plural(partial.groups, 'bundle')} that ${are}`;
  }
  return `${head}its bundles that are: ${share(partial.groups, partial.inventoryGroups, 'its')} in links.csv`;
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
  const which =
    partial.inventoryGroups === undefined
      ? ';'
      : `: ${share(partial.groups, partial.inventoryGroups, 'our')} with you;`;
  return ` These totals are of the bundles below only${which} the total of all of them is not forecast this time.`;
}

/**
 * The line the overview's ISP table gives beneath the demand of an ISP
 * marked partial (`PARTIAL_CAPTION` says what that is): the share of its
 * bundles summed.
 *
 * @param summary - the ISP's summary
 * @returns the line (text), '' where there is none
 * @example
 * partialCell(summary); // 'partial: 1 of 2 bundles'
 */
export function partialCell(summary: IspSummary): string {
  const { partial } = summary;
  if (partial === undefined) return '';
  return partial.inventoryGroups === undefined
    ? `partial: ${plural(partial.groups, 'bundle')}`
    : `partial: ${partial.groups} of ${plural(partial.inventoryGroups, 'bundle')}`;
}

/**
 * '1 of its 2 bundles'; where every one is summed, 'all 2 of its
 * bundles', or 'its one bundle'.
 */
function share(some: number, all: number, whose: string): string {
  if (some !== all) return `${some} of ${whose} ${plural(all, 'bundle')}`;
  return all === 1 ? `${whose} one bundle` : `all ${all} of ${whose} bundles`;
}
