import { daysBetween } from '#lib/domain/dates';
import type { DailySeries } from '#lib/domain/series';
import { median } from '#lib/forecast/stats';

/** Days before a retirement its links' share is read over. */
const SHARE_DAYS = 28;
/** Links below this share of their bundle's traffic change nothing. */
const MIN_SHARE = 0.05;

/** Links retired on one day, or on days with none between them. */
export interface Retirement {
  /** The links, by their day. */
  readonly links: readonly { readonly key: string; readonly day: string }[];
  /** The first and last retirement days, as indexes of the history. */
  readonly first: number;
  readonly last: number;
  /** The day after the last one that tells what their traffic did. */
  readonly end: number;
  /** Their share of each day of the bundle up to their days (else 0). */
  readonly shares: readonly number[];
}

/**
 * The retirements of a group's or ISP's links that may have taken its
 * traffic (docs/architecture.md "Retired links"), the earliest first:
 * a link that still sent after its day, or retired before the history
 * or on its last day, is left out. Links retired on one day, or on days
 * with none between them, are read together: no day tells their traffic
 * apart. A day tells up to the next retirement: on it the bundle changes
 * again. A retirement under 5 % of its bundle's traffic is dropped.
 *
 * A link's share of a day is its peak over the sum of its bundle's
 * links' peaks (or the bundle's own, if more: an ISP split by group
 * holds its part's links only). The sum is made once: an ISP's links
 * are thousands, over two years of days.
 *
 * @param history - the group's or ISP's history
 * @param members - its links' histories, the retired ones included
 * @param retiredOn - the retirement day of its retired links, by id
 * @returns the retirements to read, the earliest first
 * @example
 * retirements(group, [a1, a2], new Map([['a2', '2026-04-26']]))[0]?.first;
 */
export function retirements(
  history: DailySeries,
  members: readonly DailySeries[],
  retiredOn: ReadonlyMap<string, string>,
): Retirement[] {
  const runs = runsOf(retiredLinks(history, members, retiredOn));
  if (runs.length === 0) return [];
  const n = history.values.length;
  const sums = new Float64Array(n);
  for (const m of members) {
    const value = dayValue(history, m);
    for (let i = 0; i < n; i += 1) sums[i]! += finite(value(i)) ?? 0;
  }
  return runs.flatMap((run, r) => {
    const first = run[0]!.cut;
    const shares = history.values.map((bundle, i) => {
      let own = 0;
      for (const l of run) if (i <= l.cut) own += finite(l.value(i)) ?? 0;
      return own > 0 ? Math.min(1, own / Math.max(sums[i]!, bundle || 0)) : 0;
    });
    const recent = shares.slice(Math.max(0, first - SHARE_DAYS), first);
    if (!(median(recent) >= MIN_SHARE)) return [];
    return [
      {
        links: run.map(({ key, day }) => ({ key, day })),
        first,
        last: run.at(-1)!.cut,
        end: runs[r + 1]?.[0]?.cut ?? n,
        shares,
      },
    ];
  });
}

/** A retired link, its day as an index of the history, its values by it. */
interface RetiredLink {
  readonly key: string;
  readonly day: string;
  readonly cut: number;
  readonly value: (i: number) => number | undefined;
}

/** The member's value on day `i` of the history. */
function dayValue(history: DailySeries, member: DailySeries) {
  const offset = daysBetween(history.start, member.start);
  return (i: number) => member.values[i - offset];
}

/** The retired links with a day after their own and none sent on it. */
function retiredLinks(
  history: DailySeries,
  members: readonly DailySeries[],
  retiredOn: ReadonlyMap<string, string>,
): RetiredLink[] {
  const n = history.values.length;
  return members.flatMap((m) => {
    const day = retiredOn.get(m.key);
    if (day === undefined) return [];
    const cut = daysBetween(history.start, day);
    if (cut < 0 || cut >= n - 1) return [];
    const value = dayValue(history, m);
    for (let i = cut + 1; i < n; i += 1) if ((value(i) ?? 0) > 0) return [];
    return [{ key: m.key, day, cut, value }];
  });
}

/** The links by day, those on one day or on days with none between together. */
function runsOf(links: RetiredLink[]): RetiredLink[][] {
  const runs: RetiredLink[][] = [];
  for (const link of [...links].sort((a, b) => a.cut - b.cut)) {
    const run = runs.at(-1);
    if (run && link.cut - run.at(-1)!.cut <= 1) run.push(link);
    else runs.push([link]);
  }
  return runs;
}

const finite = (v: number | undefined) =>
  v !== undefined && Number.isFinite(v) ? v : undefined;
