import { daysBetween } from '#lib/domain/dates';
import type { DailySeries } from '#lib/domain/series';
import { median } from '#lib/forecast/stats';
import { goneShare } from './gone-share.ts';

/** A link below this share of its bundle's traffic changes nothing. */
const MIN_SHARE = 0.05;
/** Days before the retirement its share is judged on (four weeks). */
const SHARE_DAYS = 28;

/** A bundle's history as judged, without the traffic its retired links took. */
export interface RetiredTraffic {
  /** The values the forecast and the rules read. */
  readonly values: readonly number[];
  /** The forecast note naming what was taken out; absent when nothing. */
  readonly note?: string;
}

/**
 * The history of a group or ISP as its links left would have carried it
 * (docs/architecture.md "Retired links", "Traffic gone with the link"):
 * a link retired together with its traffic leaves its bundle a step
 * lower against the links left's capacity, which read as is alerted a
 * bundle that has more room than before. The days after the retirement
 * (up to 28), each against the same weekday of the four weeks before,
 * tell how much of the link's traffic left with it (the median, clipped
 * to 0–1; under 0.15 read as moved, over 0.85 as all gone); that part of
 * the link's share of each day (its peak over its bundle's links' peaks,
 * or the bundle's own if more) comes out of the days up to the
 * retirement. Unchanged with no day after the retirement, for a link
 * still sending after it, or one under 5 % of its bundle.
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
  if (retired.length === 0) return undefined;
  const sums = memberSums(history, members);
  let values = history.values;
  const notes: string[] = [];
  for (const link of retired) {
    const day = retiredOn.get(link.key)!;
    const cut = daysBetween(history.start, day);
    const shares = sharesOf(history, link, sums, cut);
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
  sums: readonly number[],
  cut: number,
): number[] | undefined {
  if (cut < 0 || cut >= history.values.length - 1) return undefined;
  const own = aligned(history, link);
  for (let i = cut + 1; i < history.values.length; i += 1) {
    if (own[i]! > 0) return undefined;
  }
  const shares = history.values.map((bundle, i) => {
    if (i > cut || !(own[i]! > 0)) return 0;
    return Math.min(1, own[i]! / Math.max(sums[i]!, finite(bundle) ?? 0));
  });
  const recent = shares.slice(Math.max(0, cut - SHARE_DAYS), cut);
  return median(recent) >= MIN_SHARE ? shares : undefined;
}

/** A member's values on the bundle's days (NaN where it has none). */
function aligned(history: DailySeries, member: DailySeries): number[] {
  const offset = daysBetween(history.start, member.start);
  return history.values.map((_, i) => member.values[i - offset] ?? Number.NaN);
}

/** The sum of the members' finite values on each of the bundle's days. */
function memberSums(
  history: DailySeries,
  members: readonly DailySeries[],
): number[] {
  const sums = history.values.map(() => 0);
  for (const member of members) {
    aligned(history, member).forEach((v, i) => {
      if (Number.isFinite(v)) sums[i]! += v;
    });
  }
  return sums;
}

const finite = (v: number | undefined) =>
  v !== undefined && Number.isFinite(v) ? v : undefined;
