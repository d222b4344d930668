import { daysBetween } from '#lib/domain/dates';
import type { DailySeries } from '#lib/domain/series';
import { median } from '#lib/forecast/stats';

/** Weeks back a day after the retirement is compared with. */
const WEEKS = 4;
/** Days after the retirement read as evidence, at most. */
const EVIDENCE_DAYS = 28;
/** A link below this share of its bundle's traffic changes nothing. */
const MIN_SHARE = 0.05;
/** A share of the link's traffic gone below this is read as moved. */
const MOVED = 0.15;
/** …and above this as all gone. */
const GONE = 0.85;

/** A bundle's history as judged, without the traffic its retired links took. */
export interface RetiredTraffic {
  /** The values the forecast and the rules read. */
  readonly values: readonly number[];
  /** The forecast note naming what was taken out; absent when nothing. */
  readonly note?: string;
}

/**
 * The history of a group or ISP as its links left would have carried it
 * (docs/architecture.md "Retired links"): a link retired together with
 * its traffic (a customer gone, a service moved elsewhere) leaves its
 * bundle at a lower level from its retirement on, against the capacity
 * of the links left; read as is, that fall is a step the forecast does
 * not follow for a week and its bounds cover for four, and the
 * bundle's peak of the last week is the one before, against the smaller
 * capacity: an alert for a bundle that has more room than before.
 *
 * Which happened is read from the days after the retirement (up to 28):
 * each is compared with the same weekday of the four weeks before, for
 * the bundle as it was (the traffic moved to the links left: the same
 * level) and for the bundle less the link's share of each day (the
 * traffic gone). The share of the link's traffic gone is the median over
 * those days, clipped to 0–1 (below 0.15 read as moved, above 0.85 as
 * all gone); the days before the retirement, its own included, lose that
 * part of the link's share. The link's share of a day is its peak over
 * the sum of its bundle's links' peaks (or the bundle's own peak, if
 * more: an ISP split by group holds its part's links only). Nothing
 * changes on the first run after the retirement, which has no day after
 * it, nor for a link still sending after it, nor for one under 5 % of
 * its bundle's traffic.
 *
 * @param history - the group's or ISP's history (incomplete days out)
 * @param members - its links' histories, the retired ones included
 * @param retiredOn - the retirement day of its retired links, by id
 * @returns the values to judge and a note, or undefined when unchanged
 * @example
 * withoutRetiredTraffic(group, [a1, a2], new Map([['a2', '2026-04-26']]))
 *   ?.note; // 'a2 (retired on 2026-04-26) took its traffic with it: …'
 */
export function withoutRetiredTraffic(
  history: DailySeries,
  members: readonly DailySeries[],
  retiredOn: ReadonlyMap<string, string>,
): RetiredTraffic | undefined {
  const retired = members
    .filter((m) => retiredOn.has(m.key))
    .sort((a, b) => retiredOn.get(a.key)!.localeCompare(retiredOn.get(b.key)!));
  let values = history.values;
  const notes: string[] = [];
  for (const link of retired) {
    const day = retiredOn.get(link.key)!;
    const cut = daysBetween(history.start, day);
    const shares = sharesOf(history, link, members, cut);
    if (shares === undefined) continue;
    const gone = goneShare(values, shares, cut);
    if (gone === undefined) continue;
    values = values.map((v, i) =>
      i <= cut && Number.isFinite(v) ? v * (1 - gone * shares[i]!) : v,
    );
    const part = gone === 1 ? '' : ` (${Math.round(gone * 100)} % of it)`;
    notes.push(
      `${link.key} (retired on ${day}) took its traffic with it${part}: ` +
        'forecast from the links left, its share taken out of the days ' +
        'before',
    );
  }
  if (notes.length === 0) return undefined;
  return { values, note: notes.join('; ') };
}

/**
 * The retired link's share of each day of the bundle up to its
 * retirement (0 where it sent nothing), or undefined when it still sent
 * after it or carried too little to matter.
 */
function sharesOf(
  history: DailySeries,
  link: DailySeries,
  members: readonly DailySeries[],
  cut: number,
): number[] | undefined {
  if (cut < 0 || cut >= history.values.length - 1) return undefined;
  const at = (m: DailySeries, i: number) =>
    m.values[i - daysBetween(history.start, m.start)];
  for (let i = cut + 1; i < history.values.length; i += 1) {
    if ((at(link, i) ?? 0) > 0) return undefined;
  }
  const shares = history.values.map((bundle, i) => {
    const own = at(link, i);
    if (i > cut || !(own !== undefined && own > 0)) return 0;
    const sum = members.reduce((s, m) => s + (finite(at(m, i)) ?? 0), 0);
    return Math.min(1, own / Math.max(sum, finite(bundle) ?? 0, own));
  });
  const recent = shares.slice(Math.max(0, cut - 7 * WEEKS), cut);
  return median(recent) >= MIN_SHARE ? shares : undefined;
}

/**
 * The share of the link's traffic that left with it, from the days after
 * its retirement against the same weekdays before; undefined when read
 * as moved or when no day after it can tell.
 */
function goneShare(
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

const finite = (v: number | undefined) =>
  v !== undefined && Number.isFinite(v) ? v : undefined;
