import type { CleanedPoint } from '#lib/domain/forecast';
import {
  type CleanTransform,
  cleanTransform,
  transformed,
} from './clean-transform.ts';
import { type Expectation, expectation, HALF } from './expectation.ts';
import { detectLevelShifts } from './level-shift.ts';
import { mad } from './stats.ts';

/** A cleaned series and what changed. */
export interface CleanResult {
  readonly values: readonly number[];
  readonly cleaned: readonly CleanedPoint[];
  /**
   * The input with its level shifts moved and nothing else: what the
   * backtest scores against (its outliers kept, so that intervals learn
   * of them; a shift the fit no longer sees is not an error of it).
   */
  readonly levelled: readonly number[];
}

/** Re-estimations of the expectation once points are flagged. */
const PASSES = 2;
/** A dip below this share of the expectation is an outage. */
const OUTAGE = 0.1;
/** Robust z beyond which a point is a dip or a spike (default). */
export const CLEAN_LIMIT = 5;

/** Cleaning thresholds (chosen leave-one-family-out, see `EngineSetting`). */
export interface CleanOptions {
  /** Robust z beyond which a point is replaced; Infinity keeps every point. */
  readonly limit: number;
  /** Move data before a lasting level shift to the level after it. */
  readonly levelShifts: boolean;
}

/**
 * Clean a finite series before fitting: level shifts first (earlier data
 * moved to the level after the shift), then outage dips and spikes, found
 * as points far (in robust units) from a rolling median with weekly
 * factors and replaced by that expectation.
 *
 * @param values - finite series (gaps already filled)
 * @param season - season length
 * @param options - thresholds (default: limit 5, level shifts on)
 * @returns cleaned values and the changes
 * @example
 * cleanSeries([5, 5, 5, 0, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5], 1).cleaned[0]?.kind; // 'dip'
 */
export function cleanSeries(
  values: readonly number[],
  season: number,
  options: CleanOptions = { limit: CLEAN_LIMIT, levelShifts: true },
): CleanResult {
  if (values.length < 2 * HALF + 1)
    return { values, cleaned: [], levelled: values };
  const shifted = options.levelShifts
    ? detectLevelShifts(values, season)
    : { values: [...values], cleaned: [] };
  const tf = cleanTransform(shifted.values);
  const logs = transformed(shifted.values, tf.forward);
  const first = expectation(logs, season);
  const { resid, s } = residuals(first);
  const flagged: number[] = [];
  // An indexed loop: `forEach` handed each residual over as a heap number.
  for (let i = 0; i < resid.length; i += 1) {
    if (Math.abs(resid[i]!) > options.limit * s) flagged.push(i);
  }
  const out = [...shifted.values];
  const cleaned: CleanedPoint[] = [...shifted.cleaned];
  const levelled = shifted.values;
  if (flagged.length === 0) return { values: out, cleaned, levelled };
  // `out` is a copy of shifted.values: same transform, same transformed
  // values (`expectation` keeps no reference to `logs`, so it is reused).
  const expected = replacements(out, flagged, first, season, tf, logs);
  flagged.forEach((i, k) => {
    const e = expected[k]!;
    if (!(Math.abs(out[i]! - e) > 0.05 * Math.abs(e))) return;
    out[i] = e;
    cleaned.push({
      index: i,
      kind: resid[i]! < 0 ? 'dip' : 'spike',
      original: values[i]!,
      replacement: e,
    });
  });
  cleaned.sort((a, b) => a.index - b.index);
  return { values: out, cleaned, levelled };
}

/**
 * Expected values of the flagged points. The expectation is estimated
 * again with the flagged points replaced, so a run of outliers does not
 * pull its own replacement. In the last days the median window is shifted
 * and its trend extrapolated, so there an outage (below a tenth of the
 * expectation) takes the value one season earlier (already replaced):
 * seasonal naive, unbiased by the outage.
 */
function replacements(
  y: readonly number[],
  flagged: readonly number[],
  first: Expectation,
  season: number,
  { forward, back }: CleanTransform,
  transformed: number[],
): number[] {
  const patched = [...y];
  // Readable form: expectation(patched.map(forward), season) each pass;
  // only the flagged points change, so only they are transformed again
  // (`transformed` is y.map(forward), updated in place).

  let current = first;
  for (let pass = 0; pass < PASSES; pass += 1) {
    for (const i of flagged) {
      patched[i] = back(current.expected(i));
      transformed[i] = forward(patched[i]!);
    }
    current = expectation(transformed, season);
  }
  const n = y.length;
  const m = n >= 4 * season ? season : 1;
  return flagged.map((i) => {
    const e = back(current.expected(i));
    const outage = y[i]! < OUTAGE * e && i >= n - HALF && i >= m;
    patched[i] = outage ? patched[i - m]! : e;
    return patched[i]!;
  });
}

/**
 * Residuals from an expectation and their MAD (only the first pass needs
 * them; the later ones only re-estimate the expectation).
 */
function residuals({ r, m, factors }: Expectation) {
  // An indexed loop: from `map`'s callback each value came back as a heap
  // number.
  const resid = new Array<number>(r.length);
  for (let i = 0; i < r.length; i += 1) resid[i] = r[i]! - factors[i % m]!;
  return { resid, s: mad(resid) };
}
