import type { TrafficGone } from '#lib/domain/evaluation';
import type { DailySeries } from '#lib/domain/series';
import { median } from '#lib/forecast/stats';
import { formatPct } from '#lib/report/format';
import { type Retirement, retirements } from './retired-shares.ts';

/** Weeks back a day after the retirement is compared with. */
const WEEKS = 4;
/** Days after the retirement read as evidence, at most. */
const EVIDENCE_DAYS = 28;
/** A share of the links' traffic gone below this is read as moved. */
const MOVED = 0.15;
/** …and above this as all gone. */
const GONE = 0.85;

/** A bundle's history as judged, without the traffic its retired links took. */
export interface RetiredTraffic {
  /** The values the forecast and the rules read. */
  readonly values: readonly number[];
  /** The forecast note naming what was taken out; absent when nothing. */
  readonly note?: string;
  /** The retired links whose traffic was taken out, with their day. */
  readonly gone: readonly TrafficGone[];
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
 * Which happened is read from the days after the retirement (up to 28,
 * and up to the next one, `retirements`): each is compared with the
 * same weekday of the four weeks before, for the bundle as it was (the
 * traffic moved to the links left: the same level) and for the bundle
 * less the links' share of each day (the traffic gone). The share of
 * their traffic gone is the median over those days, clipped to 0–1
 * (below 0.15 read as moved, above 0.85 as all gone); the days before
 * the retirement, its own included, lose that part of their share of
 * the bundle as it was, so that retirements add up. Nothing changes on
 * the first run after the retirement, which has no day after it, nor
 * for a link still sending after it, nor for one under 5 % of its
 * bundle's traffic.
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
  const { values } = history;
  const removed = values.map(() => 0);
  const notes: string[] = [];
  const taken: TrafficGone[] = [];
  for (const retirement of retirements(history, members, retiredOn)) {
    const gone = goneShare(values, removed, retirement);
    if (gone === undefined) continue;
    retirement.shares.forEach((share, i) => {
      removed[i]! += gone * share;
    });
    notes.push(goneText(retirement, gone));
    for (const { key, day } of retirement.links)
      taken.push({
        linkId: key,
        retiredOn: day,
        ...(gone < 1 ? { share: gone } : {}),
      });
  }
  if (notes.length === 0) return undefined;
  const whose = taken.length === 1 ? 'its' : 'their';
  return {
    gone: taken,
    values: values.map((v, i) =>
      Number.isFinite(v) ? v * Math.max(0, 1 - removed[i]!) : v,
    ),
    note:
      `${notes.join('; ')}: forecast from the links left, ${whose} share ` +
      'taken out of the days before',
  };
}

/**
 * The share of the links' traffic that left with them, from the days
 * after their retirement against the same weekdays before (less what
 * earlier retirements took, `removed`); undefined when read as moved or
 * when no day after it can tell.
 */
function goneShare(
  values: readonly number[],
  removed: readonly number[],
  { first, last, end, shares }: Retirement,
): number | undefined {
  const estimates: number[] = [];
  const stop = Math.min(end, last + 1 + EVIDENCE_DAYS);
  for (let i = last + 1; i < stop; i += 1) {
    const now = values[i]!;
    if (!Number.isFinite(now)) continue;
    const before: number[] = [];
    const left: number[] = [];
    for (let back = i - 7; back >= 0 && before.length < WEEKS; back -= 7) {
      const v = values[back]!;
      if (back >= first || !Number.isFinite(v)) continue;
      before.push(v * (1 - removed[back]!));
      left.push(v * (1 - removed[back]! - shares[back]!));
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

/** `a1, a2 (retired on 2026-04-26) took their traffic with them`. */
function goneText({ links }: Retirement, gone: number): string {
  const days = [...new Set(links.map((link) => link.day))];
  const names = days.map((day) => {
    const keys = links.filter((link) => link.day === day).map((l) => l.key);
    return `${keys.join(', ')} (retired on ${day})`;
  });
  const took =
    links.length === 1
      ? 'took its traffic with it'
      : 'took their traffic with them';
  const part = gone === 1 ? '' : ` (${formatPct(gone, 0)} of it)`;
  return `${names.join(', ')} ${took}${part}`;
}
