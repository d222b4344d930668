import { daysBetween } from '#lib/domain/dates';
import type { DailySeries } from '#lib/domain/series';
import { median } from '#lib/forecast/stats';
import { DAY_SECONDS, STEPS_SECONDS } from '#lib/sql/link-step';

/** Days with samples a link's usual samples per day are the most of. */
const USUAL_OVER_DAYS = 7;
/** Samples in a whole day at each allowed interval, longest first. */
const WHOLE_DAYS = STEPS_SECONDS.map((step) => DAY_SECONDS / step);
/** Share of a whole day at its interval that makes a link's day whole. */
const WHOLE_SHARE_MIN = 0.9;

/** A link on its bundle's calendar: its weight and samples per day. */
export interface UsualSamples {
  readonly key: string;
  /** Its median daily peak: what it counts for in its bundle. */
  readonly weight: number;
  /** Day of the bundle's calendar it counts from. */
  readonly first: number;
  /** Its samples and usual samples on day `first + i`; past the end, none. */
  readonly samples: readonly number[];
  readonly usual: readonly number[];
  /**
   * Day of the bundle's calendar it counts no longer from: its retirement
   * (docs/architecture.md "Retired links"). Absent: it counts to the end.
   */
  readonly end?: number;
}

/**
 * A link's samples per day and its usual samples per day, on its
 * bundle's calendar (docs/architecture.md "Bundles with a link gone
 * quiet"): usual is the most of its last 7 days with samples, so a
 * poller's shorter interval is soon usual; from the first of two days
 * that each fill nine tenths of a whole day at one allowed interval, that
 * whole day (288 at 5 minutes), so a poller moved back to a longer
 * interval (1-minute telemetry back to 5-minute, a second poller
 * stopped) is usual at once, not a week on. A half day stopped at noon,
 * then a whole one, is no new interval.
 *
 * @param member - the link's daily series, with `samples`
 * @param start - the first day of its bundle's calendar
 * @param retiredOn - the link's retirement day, if it is retired
 * @returns the link, or undefined without samples or traffic
 * @example
 * usualSamples(linkB, '2026-01-01')?.usual; // [288, 288, 1440, …]
 */
export function usualSamples(
  member: DailySeries,
  start: string,
  retiredOn?: string,
): UsualSamples | undefined {
  const weight = median(member.values.filter((v) => v >= 0));
  if (member.samples === undefined || !(weight > 0)) return undefined;
  const counts = member.samples.map((n) => (Number.isNaN(n) ? 0 : n));
  const from = counts.findIndex((n) => n > 0);
  if (from < 0) return undefined;
  const own = counts.slice(from);
  const recent: number[] = [];
  const usual = own.map((n, i) => {
    const whole = wholeDayOf(n);
    if (whole !== undefined && whole === wholeDayOf(own[i + 1] ?? 0))
      recent.splice(0, recent.length, whole);
    if (n > 0) recent.push(n);
    if (recent.length > USUAL_OVER_DAYS) recent.shift();
    return Math.max(...recent);
  });
  const first = daysBetween(start, member.start) + from;
  const end =
    retiredOn === undefined ? {} : { end: daysBetween(start, retiredOn) };
  return { key: member.key, weight, first, samples: own, usual, ...end };
}

/**
 * Whether a link counts on a day of its bundle's calendar: from its first
 * day with samples, up to its retirement if it is retired.
 *
 * @example
 * countsOn({ first: 3, end: 10 }, 10); // false
 */
export function countsOn(
  link: Pick<UsualSamples, 'first' | 'end'>,
  day: number,
): boolean {
  return day >= link.first && (link.end === undefined || day < link.end);
}

/**
 * A link's samples and usual samples on a day of its bundle's calendar;
 * after its last day, none of its last usual.
 *
 * @param link - the link, from `usualSamples`
 * @param day - a day of the bundle's calendar, from the link's first on
 * @returns what it sent and what it usually sends
 * @example
 * samplesOn(link, 30); // { sent: 144, usual: 288 }
 */
export function samplesOn(
  link: UsualSamples,
  day: number,
): { sent: number; usual: number } {
  const i = day - link.first;
  const usual = link.usual[Math.min(i, link.usual.length - 1)]!;
  return { sent: link.samples[i] ?? 0, usual };
}

/** The whole day at an allowed interval `n` samples nearly fill, if any. */
function wholeDayOf(n: number): number | undefined {
  return WHOLE_DAYS.find((day) => n <= day && n >= WHOLE_SHARE_MIN * day);
}
