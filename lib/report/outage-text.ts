import type { Evaluation } from '#lib/domain/evaluation';

/**
 * The days a what-if has the whole bundle down, in words: "since" an
 * outage that began before the as-of date (it is under way, not starting
 * today), "from" one that starts on it or later.
 *
 * @param e - the evaluation
 * @param asOf - the run's date
 * @returns e.g. 'from 2026-12-10 until 2026-12-17', '' when none
 * @example
 * outageDays(e, '2026-12-04');
 * // 'since 2026-12-01 until 2026-12-17 and from 2027-01-05'
 */
export function outageDays(
  e: Pick<Evaluation, 'outages'>,
  asOf: string,
): string {
  return (e.outages ?? [])
    .map(({ from, until }) => {
      const start = from < asOf ? `since ${from}` : `from ${from}`;
      return until === undefined ? start : `${start} until ${until}`;
    })
    .join(' and ');
}

/**
 * What a what-if's whole-bundle outage means for the order: no capacity
 * then, and no augment fixes that (its ports are down with the bundle),
 * so the order-by date and the ask count the days outside it (README
 * "What-if scenarios"). One wording for the ISP page, the email and the
 * overview.
 *
 * @param e - the evaluation
 * @param asOf - the run's date
 * @returns plain text (escape before HTML), '' when there is no outage
 * @example
 * outageSentence(e, '2026-11-26');
 * // 'In this what-if the whole bundle is down from 2026-12-10 until
 * //  2026-12-17: no capacity then, and no augment fixes that (its ports
 * //  would be down too).'
 */
export function outageSentence(
  e: Pick<Evaluation, 'outages' | 'level'>,
  asOf: string,
) {
  const days = outageDays(e, asOf);
  if (days === '') return '';
  const what = WHAT_IS_DOWN[e.level];
  return (
    `In this what-if ${what} down ${days}: no capacity then, and no ` +
    'augment fixes that (its ports would be down too).'
  );
}

/** Who is down in a series of each level: a link's is the link alone. */
const WHAT_IS_DOWN = {
  group: 'the whole bundle is',
  isp: 'every link is',
  link: 'the link is',
} as const;

/**
 * Whether the only shortfall a bundle has within the horizon is a
 * what-if's outage: it has one, and no order-by date.
 *
 * @param e - the evaluation
 * @returns true when adding ports would fix nothing
 * @example
 * onlyOutage({ outages: [{ from: '2026-12-10' }] }); // true
 */
export function onlyOutage(
  e: Pick<Evaluation, 'outages' | 'orderByDate'>,
): boolean {
  return (e.outages?.length ?? 0) > 0 && e.orderByDate === undefined;
}
