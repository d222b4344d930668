import type { Evaluation } from '#lib/domain/evaluation';

/**
 * What can be said about N-1 (the peak with the largest link down): a
 * one-link bundle has no redundancy to test, so it says only that.
 * Renderers word each case for their reader.
 */
export type N1Status =
  | { readonly kind: 'single' }
  | { readonly kind: 'ok' }
  | { readonly kind: 'ok-until'; readonly date: string }
  | { readonly kind: 'fails'; readonly from?: string };

/**
 * Classifies a bundle's N-1.
 *
 * @param e - the evaluation
 * @returns its N-1 status
 * @example
 * n1Status({ ...e, memberLinks: 1 }); // { kind: 'single' }
 */
export function n1Status(
  e: Pick<Evaluation, 'memberLinks' | 'n1Ok' | 'n1BreachDate'>,
): N1Status {
  if (e.memberLinks === 1) return { kind: 'single' };
  const date = e.n1BreachDate;
  if (!e.n1Ok)
    return date === undefined
      ? { kind: 'fails' }
      : { kind: 'fails', from: date };
  return date === undefined ? { kind: 'ok' } : { kind: 'ok-until', date };
}

/** The words for a one-link bundle, everywhere. */
export const SINGLE_LINK = 'single link, no redundancy';
