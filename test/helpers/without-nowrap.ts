/**
 * A page's HTML (a partner pack's, a section of the overview) without the spans that keep dates and figures
 * on one line (`keepWhole`), so a test reads its cells as written:
 * `2 × 100 Gbps<br>in service by 2027-01-02`.
 *
 * @param html - the page or a part of it
 * @returns the HTML without `<span class="nowrap">` and its `</span>`
 * @example
 * withoutNowrap('by <span class="nowrap">2027-01-02</span>'); // 'by 2027-01-02'
 */
export function withoutNowrap(html: string): string {
  return html.replace(/<span class="nowrap">([^<]*)<\/span>/g, '$1');
}
