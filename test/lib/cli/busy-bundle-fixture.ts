import { addDays } from '#lib/domain/dates';
import { hourlyDay, type TrafficSample } from '../../helpers/lake.ts';

/** Each 10 G link's hourly traffic, in bps: 9 Gbps on weekdays. */
const perLink = (day: number, hour: number) =>
  (day % 7 < 5 ? 9e9 : 8.4e9) * (1 + 0.03 * Math.sin(day * 7.3 + hour));

/**
 * Day `n` after `start` of a bundle of two 10 G links, a1 and a2, at
 * about 90 % on weekdays: critical from its first runs on.
 *
 * @param start - the lake's first day
 * @param n - days after it
 * @returns the day's hourly samples of both links
 */
export function busyBundleDay(start: string, n: number): TrafficSample[] {
  const dt = addDays(start, n);
  return hourlyDay(dt, ['a1', 'a2'], (hour) => perLink(n, hour));
}
