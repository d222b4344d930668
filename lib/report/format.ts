/**
 * Number and text formatting shared by the report's pages: units on every
 * figure, dates as `YYYY-MM-DD`, HTML escaped once.
 */

const UNITS = [
  [1e12, 'Tbps'],
  [1e9, 'Gbps'],
  [1e6, 'Mbps'],
  [1e3, 'kbps'],
] as const;

/** Shown where a figure is unknown or a date is not reached. */
export const NONE = '—';

/**
 * Bits per second with a unit and three significant digits: how every
 * page, email, change line and the console write a rate.
 *
 * @param bps - bits per second
 * @returns e.g. '1.25 Tbps', '40.0 Gbps', '0 bps', or '—' when not finite
 * @example
 * formatBps(40e9); // '40.0 Gbps'
 */
export function formatBps(bps: number): string {
  if (!Number.isFinite(bps)) return NONE;
  if (bps === 0) return '0 bps';
  // Rounded first, so that 999.6 Gbps is '1.00 Tbps', not '1000 Gbps'.
  const rounded = Number(bps.toPrecision(3));
  const size = Math.abs(rounded);
  const [scale, unit] = UNITS.find(([s]) => size >= s) ?? [1, 'bps'];
  const value = rounded / scale;
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return `${value.toFixed(digits)} ${unit}`;
}

/**
 * A ratio as a percentage, the sign against the figure: '72.3%', never
 * '72.3 %'. Every page, email and console line writes a share this way
 * (as most of them did; the few that wrote '10 %' read as another
 * convention beside '80.4%').
 *
 * @param ratio - e.g. 0.723
 * @param digits - decimals shown (default 1; 0 for a whole percent)
 * @returns e.g. '72.3%', or '—' when not finite
 * @example
 * formatPct(0.723); // '72.3%'
 * formatPct(0.1, 0); // '10%'
 */
export function formatPct(ratio: number, digits = 1): string {
  if (!Number.isFinite(ratio)) return NONE;
  return `${(ratio * 100).toFixed(digits)}%`;
}

/**
 * A score between 0 and 1 (a backtest's precision, recall, F1) with three
 * decimals: how the accuracy page and `headroom backtest`'s summary both
 * write it, 1 included.
 *
 * @param ratio - e.g. 0.6304
 * @returns e.g. '0.630', or '—' when there is none
 * @example
 * formatRatio(1); // '1.000'
 */
export function formatRatio(ratio: number | null): string {
  return ratio === null || !Number.isFinite(ratio) ? NONE : ratio.toFixed(3);
}

/**
 * A yearly growth rate in percent, signed. The sign follows the rounded
 * figure, so that a flat bundle's −0.02 reads '0.0%/yr', not '−0.0%/yr'.
 *
 * @param pct - percent per year
 * @returns e.g. '+35.0%/yr', '−4.2%/yr', or '—' when not finite
 * @example
 * formatGrowth(35); // '+35.0%/yr'
 */
export function formatGrowth(pct: number): string {
  if (!Number.isFinite(pct)) return NONE;
  const shown = Number(pct.toFixed(1));
  const sign = shown > 0 ? '+' : shown < 0 ? '−' : '';
  return `${sign}${Math.abs(shown).toFixed(1)}%/yr`;
}

/**
 * A date or the "not reached" mark.
 *
 * @param day - a `YYYY-MM-DD` date or undefined
 * @returns the date, or '—'
 * @example
 * formatDate(undefined); // '—'
 */
export function formatDate(day: string | undefined): string {
  return day ?? NONE;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for HTML content and attribute values.
 *
 * @param text - any text
 * @returns the text with `& < > " '` escaped
 * @example
 * escapeHtml('AT&T'); // 'AT&amp;T'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/**
 * A count and its noun, plural unless the count is 1.
 *
 * @param n - the count
 * @param word - the noun in the singular
 * @returns e.g. `1 link`, `3 links`
 * @example
 * plural(2, 'day'); // '2 days'
 */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * A count (rows, samples, misses) as the pages and the console write it,
 * with thousands separators whatever the locale.
 *
 * @param n - the count
 * @returns e.g. '64,561'
 * @example
 * formatCount(64561); // '64,561'
 */
export const formatCount = (n: number): string => n.toLocaleString('en-US');
