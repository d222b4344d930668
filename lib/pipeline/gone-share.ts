import { median } from '#lib/forecast/stats';

/** Weeks back a day after the retirement is compared with. */
const WEEKS = 4;
/** Days after the retirement read as evidence, at most. */
const EVIDENCE_DAYS = 28;
/** A share of the link's traffic gone below this is read as moved. */
const MOVED = 0.15;
/** …and above this as all gone. */
const GONE = 0.85;

/**
 * The share of a retired link's traffic that left with it
 * (docs/architecture.md "Retired links"), from the days after its
 * retirement against the same weekdays before, as the bundle was and as
 * it was less the link's share; undefined when read as moved or when no
 * day after it can tell.
 *
 * @param values - the bundle's daily values
 * @param shares - the link's share of each day up to its retirement
 * @param cut - the index of the retirement day
 * @returns the share gone (0.15–1), or undefined
 * @example
 * goneShare(bundle.values, shares, 90); // 1: all of it left
 */
export function goneShare(
  values: readonly number[],
  shares: readonly number[],
  cut: number,
): number | undefined {
  const estimates: number[] = [];
  const end = Math.min(values.length, cut + 1 + EVIDENCE_DAYS);
  for (let i = cut + 1; i < end; i += 1) {
    const now = values[i]!;
    if (!Number.isFinite(now)) continue;
    const before: number[] = [];
    const left: number[] = [];
    for (let back = i - 7; back >= 0 && before.length < WEEKS; back -= 7) {
      const v = values[back]!;
      if (back >= cut || !Number.isFinite(v)) continue;
      before.push(v);
      left.push(v * (1 - shares[back]!));
    }
    if (before.length === 0) continue;
    const was = median(before);
    const drop = was - median(left);
    if (was > 0 && drop > 0) estimates.push((was - now) / drop);
  }
  if (estimates.length === 0) return undefined;
  const gone = Math.min(1, Math.max(0, median(estimates)));
  if (gone < MOVED) return undefined;
  return gone > GONE ? 1 : gone;
}
