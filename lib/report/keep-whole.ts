/**
 * Keeps a date or a figure with its unit on one line of a page: Chromium
 * breaks `2027-04-15` after a hyphen (`2027-04-` / `15`) and `613 Gbps`
 * at its space when a table column is narrow, on screen and on paper.
 * The `nowrap` class is in both stylesheets (the report's and the
 * partner pack's).
 *
 * @param text - HTML-safe text: a date, a figure (`formatBps`)
 * @returns the text in a span that does not wrap
 * @example
 * keepWhole('2027-04-15'); // '<span class="nowrap">2027-04-15</span>'
 */
export function keepWhole(text: string): string {
  return `<span class="nowrap">${text}</span>`;
}

/**
 * Keeps each `YYYY-MM-DD` date of a text on one line (`keepWhole`),
 * with the time that follows it when there is one: a run id
 * (`2026-06-01T141535`) or an instant (`2026-12-07T14:15:35.120Z`) stays
 * one piece of text, read and copied whole.
 *
 * @param html - HTML text content, escaped already; no tags' attributes
 * @returns the text with each date in a span that does not wrap
 * @example
 * keepDatesWhole('+400 Gbps in service since 2026-09-16');
 * // '+400 Gbps in service since <span class="nowrap">2026-09-16</span>'
 */
export function keepDatesWhole(html: string): string {
  return html.replace(/\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?/g, keepWhole);
}

/**
 * A page's figures, each kept on one line (`keepWhole`): an ask in ports
 * (`+2 × 100 Gbps`), a date (with its time, as `keepDatesWhole`), a rate
 * with its unit (`613 Gbps`) and a count of days (`48 days`). A page 390
 * or 1024 px wide broke the ISP page's plan text at their spaces
 * (`+2 ×` / `10.0 Gbps`, `60` / `days`), and a number read apart from
 * its unit.
 */
const FIGURE =
  /\+?\d+ × \d[\d.,]* [kMGT]?bps\b|\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?|\d[\d.,]* (?:[kMGT]?bps|days?)\b/g;

/**
 * Keeps each figure of a text on one line (`FIGURE`: asks in ports,
 * dates, rates and days with their units), as `keepDatesWhole` does its
 * dates: the text reads the same.
 *
 * @param html - HTML text content, escaped already; no tags' attributes
 * @returns the text with each figure in a span that does not wrap
 * @example
 * keepFiguresWhole('Order +2 × 100 Gbps by 2026-12-10');
 * // 'Order <span class="nowrap">+2 × 100 Gbps</span> by <span class="nowrap">2026-12-10</span>'
 */
export function keepFiguresWhole(html: string): string {
  return html.replace(FIGURE, keepWhole);
}
