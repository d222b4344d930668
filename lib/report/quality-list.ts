import { escapeHtml } from './format.ts';

/** How many items of a long list the overview shows. */
export const SHOWN = 20;

/**
 * A list for a sentence of the overview's data-quality section: the
 * first `SHOWN` items, escaped, and how many more.
 *
 * @param items - the items, in the order shown
 * @returns HTML text
 * @example
 * list(['a1', 'a2']); // 'a1, a2'
 */
export const list = (items: readonly string[]): string => {
  const shown = items.slice(0, SHOWN).map(escapeHtml).join(', ');
  const more = items.length > SHOWN ? ` and ${items.length - SHOWN} more` : '';
  return `${shown}${more}`;
};
