import { addDays } from '#lib/domain/dates';
import type { DailySeries } from '#lib/domain/series';
import { UNSEEN_SHARE_MAX } from '#lib/domain/stopped-links';
import { median } from '#lib/forecast/stats';
import { formatPct, plural } from '#lib/report/format';
import {
  countsOn,
  samplesOn,
  type UsualSamples,
  usualSamples,
} from './usual-samples.ts';

/** Links a note names on the last day left out. */
const NAMED = 3;

/** A group's or ISP's history with its incomplete days left out. */
export interface CompleteDays {
  readonly history: DailySeries;
  /** The forecast note naming the days left out; absent when none. */
  readonly note?: string;
}

/**
 * Leaves out of a group's or ISP's history the days on which its links
 * sent too few samples for a true sum (docs/architecture.md "Bundles
 * with a link gone quiet"): a link's missing sample leaves its bundle's
 * sum at that time without it, so a link whose telemetry stopped at noon
 * lowered its bundle's p95 and mean, and one stopped for good lowered
 * every day after, the forecast and the alert with them, in silence.
 *
 * A day is left out when more than `UNSEEN_SHARE_MAX` of the bundle's
 * usual traffic went unseen: each link counts by its median daily peak,
 * for the share of its usual samples per day missing that day
 * (`usualSamples`: a poller's new interval is soon usual). A link counts
 * from its first day with samples, and after its last one as sending
 * none, up to its retirement if it is retired (`retiredOn`: from then on
 * it is no longer the bundle's, docs/architecture.md "Retired links"). The part of the bundle's median daily peak that its links in
 * hand do not carry (an ISP split by group holds its first part's links
 * only) counts as seen. One link, or links without sample counts, leave
 * the history as it is. The history ends on its last day kept.
 *
 * @param history - the group's or ISP's daily series
 * @param members - its links' daily series, with `samples`
 * @param retiredOn - the retirement day of its retired links, by id
 * @returns the history, NaN on the days left out, and a note
 * @example
 * leaveOutIncomplete(group, [linkA, linkB]).note;
 * // '1 day left out of the forecast … the last 2026-03-02: b sent 0 of 288 samples'
 */
export function leaveOutIncomplete(
  history: DailySeries,
  members: readonly DailySeries[],
  retiredOn: ReadonlyMap<string, string> = new Map(),
): CompleteDays {
  const links = members.flatMap(
    (m) => usualSamples(m, history.start, retiredOn.get(m.key)) ?? [],
  );
  if (links.length < 2) return { history };
  const inHand = links.reduce((sum, link) => sum + link.weight, 0);
  const beyond = Math.max(0, median(history.values) - inHand);
  const values = [...history.values];
  const left: number[] = [];
  for (const [day, value] of values.entries()) {
    if (!(value >= 0)) continue;
    if (unseenShare(links, day, beyond) <= UNSEEN_SHARE_MAX) continue;
    values[day] = Number.NaN;
    left.push(day);
  }
  if (left.length === 0) return { history };
  const last = left.at(-1)!;
  const note =
    `${plural(left.length, 'day')} left out of the forecast, on which its links ` +
    `sent too few samples for a true sum (over ${formatPct(UNSEEN_SHARE_MAX, 0)} ` +
    `of its usual traffic unseen), the last ${addDays(history.start, last)}: ` +
    shortOf(links, last);
  return { history: endingWhole({ ...history, values }), note };
}

/**
 * The history up to its last day with a value: a history whose last days
 * were left out ends where one whose last days are missing does, and is
 * judged on its last week with data (`currentPeak`).
 */
function endingWhole(history: DailySeries): DailySeries {
  const end = history.values.findLastIndex((v) => !Number.isNaN(v)) + 1;
  if (end === history.values.length) return history;
  return {
    ...history,
    values: history.values.slice(0, end),
    capacity: history.capacity.slice(0, end),
    ...(history.samples ? { samples: history.samples.slice(0, end) } : {}),
  };
}

function unseenShare(
  links: readonly UsualSamples[],
  day: number,
  beyond: number,
) {
  let unseen = 0;
  let all = beyond;
  for (const link of links) {
    if (!countsOn(link, day)) continue;
    const { sent, usual } = samplesOn(link, day);
    all += link.weight;
    unseen += link.weight * Math.max(0, 1 - sent / usual);
  }
  return all > 0 ? unseen / all : 0;
}

/** The links short of their usual samples on a day, the shortest first. */
function shortOf(links: readonly UsualSamples[], day: number): string {
  const short = links
    .filter((link) => countsOn(link, day))
    .map((link) => ({ key: link.key, ...samplesOn(link, day) }))
    .filter(({ sent, usual }) => sent < usual)
    .sort((a, b) => a.sent / a.usual - b.sent / b.usual);
  const named = short
    .slice(0, NAMED)
    .map(({ key, sent, usual }) => `${key} sent ${sent} of ${usual} samples`);
  const more = short.length > NAMED ? ` and ${short.length - NAMED} more` : '';
  return `${named.join(', ')}${more}`;
}
