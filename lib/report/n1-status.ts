import type { Evaluation } from '#lib/domain/evaluation';
import { whollyDown } from '#lib/domain/wholly-down';

/**
 * What can be said about N-1 (the peak with the largest link down): a
 * one-link bundle has no redundancy to test, so it says only that; a
 * bundle a what-if has wholly down today has no link up to fail, and
 * holds nothing. A failure dated on or before the as-of date (the rule
 * dates a peak that does not fit today on it) has no `from`: it fails
 * now, not "from <today>". A bundle whose peak fits today while the
 * upper bound of today's forecast does not is `ok-today`: it holds now
 * and is at risk now, neither "fails from <today>" nor "fails now".
 * Renderers word each case for their reader.
 */
export type N1Status =
  | { readonly kind: 'single' }
  | { readonly kind: 'down' }
  | { readonly kind: 'ok' }
  | { readonly kind: 'ok-until'; readonly date: string }
  | { readonly kind: 'ok-today' }
  | { readonly kind: 'fails'; readonly from?: string };

/**
 * Classifies a bundle's N-1.
 *
 * @param e - the evaluation
 * @param asOf - the run's date: a failure dated on or before it fails
 *   now, and a peak that fits with a breach dated so is at risk now
 * @returns its N-1 status
 * @example
 * n1Status({ ...e, memberLinks: 1 }, '2026-11-26'); // { kind: 'single' }
 */
export function n1Status(
  e: Pick<Evaluation, 'memberLinks' | 'n1Ok' | 'n1BreachDate'> &
    Partial<Pick<Evaluation, 'outages' | 'capacityBps'>>,
  asOf: string,
): N1Status {
  if (e.memberLinks === 1) return { kind: 'single' };
  const down = (e.outages?.length ?? 0) > 0 && whollyDown(e.capacityBps ?? 1);
  if (down) return { kind: 'down' };
  const date = e.n1BreachDate;
  if (!e.n1Ok)
    // Text order is day order.
    return date === undefined || date <= asOf
      ? { kind: 'fails' }
      : { kind: 'fails', from: date };
  if (date === undefined) return { kind: 'ok' };
  // The rule dates no breach before the as-of date; one there reads as
  // today's all the same, never as a date already past.
  return date <= asOf ? { kind: 'ok-today' } : { kind: 'ok-until', date };
}

/** The words for a one-link bundle, everywhere. */
export const SINGLE_LINK = 'single link, no redundancy';

/** The words for a bundle a what-if has wholly down today, everywhere. */
export const BUNDLE_DOWN = 'none: the whole bundle is down in this what-if';
