/** What each unit's prefix multiplies by, in bps. */
const SCALES: Readonly<Record<string, readonly [string, number]>> = {
  '': ['bps', 1],
  k: ['kbps', 1e3],
  m: ['Mbps', 1e6],
  g: ['Gbps', 1e9],
  t: ['Tbps', 1e12],
};

/**
 * A figure with a unit as people write port speeds: a number, then a
 * prefix (k, M, G, T) and what follows it in `100G`, `100 Gbps`,
 * `100 Gb/s`, `100 Gbit/s`, `10GE`, `10GbE`, `10GigE` (Ethernet port
 * names). Case is ignored: `400g`, `100 GBPS`.
 */
const WITH_UNIT =
  /^(\d+(?:\.\d+)?)\s*([kmgt]?)\s*(bps|b\/s|bits?\/s|bits?|b|e|be|ige|ig)?$/i;

/**
 * What is wrong with a capacity written with a unit (`100G`,
 * `100 Gbps`, `10GE`, `400g`), and what to write: capacities are plain
 * numbers in bps, and "must be a positive number" did not say which.
 * Undefined for any other text (a plain number is read as it is).
 *
 * @param text - the field's trimmed text
 * @returns the problem, e.g. `must be a number in bps, without a unit:
 *   write 100000000000 for 100 Gbps`, or undefined
 * @example
 * unitProblem('10GE'); // '… write 10000000000 for 10 Gbps'
 */
export function unitProblem(text: string): string | undefined {
  const match = WITH_UNIT.exec(text);
  if (match === null) return undefined;
  const [, figure, prefix, suffix] = match;
  if (
    prefix === '' &&
    (suffix === undefined || /^(e|be|ige|ig)$/i.test(suffix))
  )
    return undefined;
  const [unit, scale] = SCALES[prefix!.toLowerCase()]!;
  const bps = Math.round(Number(figure) * scale);
  return (
    'must be a number in bps, without a unit: ' +
    `write ${bps} for ${figure} ${unit}`
  );
}
