import { fromFullwidth } from './fullwidth.ts';

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
 * names), or IEEE 802.3's name of a port type, `100GBASE-LR4`,
 * `10GBASE-T`, `1000BASE-LX/LH`, `100GBASE-ER4-Lite` (in Mbps without a
 * prefix), as an optics column holds them. Case is ignored: `400g`,
 * `100 GBPS`.
 */
const WITH_UNIT =
  /^(\d+(?:\.\d+)?)\s*([kmgt]?)\s*(bps|b\/s|bits?\/s|bits?|b|e|be|ige|ig|base-?[a-z0-9]*(?:[-/][a-z0-9]+)*\+?)?$/i;

/**
 * A bundle written as its members: `10 x 100G`, `4×100 Gbps`, `2*400G`,
 * or `4 x 100000000000` (spaced, so that `0x10` stays a hexadecimal
 * slip); two members or more.
 */
const BUNDLE = /^([1-9]\d*)(\s*)[x×*](\s*)(.+)$/i;

/**
 * What is wrong with a capacity written with a unit (`100G`,
 * `100 Gbps`, `10GE`, `400g`) or as a bundle's members (`10 x 100G`),
 * and what to write: capacities are plain numbers in bps (a bundle's,
 * its members' total), and "must be a positive number" did not say
 * which. Undefined for any other text (a plain number is read as it is).
 *
 * @param text - the field's trimmed text
 * @param port - whether the field is a port's speed (`port_bps`): a
 *   bundle written there asks for one member's
 * @returns the problem, e.g. `must be a number in bps, without a unit:
 *   write 100000000000 for 100 Gbps`, or undefined
 * @example
 * unitProblem('10GE'); // '… write 10000000000 for 10 Gbps'
 * unitProblem('4 x 100G'); // '… write 400000000000 for 4 × 100 Gbps, …'
 */
export function unitProblem(text: string, port = false): string | undefined {
  // Fullwidth forms (`１００Ｇ`, from a Japanese or Chinese input method)
  // read as their ASCII letters and digits, and named.
  const ascii = fromFullwidth(text);
  const problem = asciiUnitProblem(ascii, port);
  return problem === undefined || ascii === text
    ? problem
    : `${problem}, in ASCII characters (it has fullwidth ones)`;
}

/** `unitProblem` of a text of ASCII letters and digits. */
function asciiUnitProblem(text: string, port: boolean): string | undefined {
  const match = BUNDLE.exec(text);
  const bundle = match !== null && Number(match[1]) >= 2 ? match : null;
  const spaced = bundle !== null && bundle[2] !== '' && bundle[3] !== '';
  const members = bundle && !port ? Number(bundle[1]) : 1;
  const speed = speedOf(bundle ? bundle[4]! : text, spaced);
  if (speed === undefined) return undefined;
  const one = `${speed.figure} ${speed.unit}`;
  const what = !bundle
    ? one
    : port
      ? `one port of ${one} (the port's speed, not the bundle's)`
      : `${members} × ${one}, the bundle's total`;
  const bps = members * speed.bps;
  return `must be a number in bps, without a unit: write ${bps} for ${what}`;
}

/**
 * A port speed with a unit, in bps, with its figure and unit as written;
 * a plain number only as a spaced bundle's member (`4 x 100000000000`).
 */
function speedOf(text: string, member: boolean) {
  const match = WITH_UNIT.exec(text.trim());
  if (match === null) return undefined;
  const [, figure, prefix, suffix] = match;
  const bare = suffix === undefined || /^(e|be|ige|ig)$/i.test(suffix);
  if (prefix === '' && bare && !member) return undefined;
  // 1000BASE-T is 1000 Mbps: IEEE names speeds below 1 Gbps in Mbps.
  const base = suffix !== undefined && /^base/i.test(suffix);
  const [unit, scale] =
    SCALES[base && prefix === '' ? 'm' : prefix!.toLowerCase()]!;
  return { figure: figure!, unit, bps: Math.round(Number(figure) * scale) };
}
