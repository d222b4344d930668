/**
 * An HTML fragment's text as a reader sees it (the DOM's `textContent`):
 * tags dropped without a space, so `on <span class="nowrap">2027-06-01</span>`
 * reads `on 2027-06-01`, and the escapes `escapeHtml` writes decoded. A
 * test of prose matches this, not the markup that lays it out.
 *
 * @param html - the fragment
 * @returns its text
 * @example
 * htmlText('<li>a&#39;s <span class="nowrap">2027-06-01</span></li>');
 * // "a's 2027-06-01"
 */
export function htmlText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ENTITIES[e]!);
}

const ENTITIES: Record<string, string> = {
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  amp: '&',
};
