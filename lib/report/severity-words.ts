import { AT_RISK_SEVERITIES } from '#lib/domain/vocabulary';

/**
 * What each severity means, so that no count reads as "all clear": the
 * overview's cards.
 *
 * @example
 * SEVERITY_MEANING.critical; // 'order-by date today or past'
 */
export const SEVERITY_MEANING = {
  critical: 'order-by date today or past',
  warning: 'order-by date within the warning window',
  watch:
    'a threshold is crossed within the horizon, or a what-if has the bundle down',
  ok: 'no threshold crossed within the horizon',
} as const;

/**
 * What each severity asks of the reader, so '0 warning' is not 'all
 * clear': the overview's cards.
 *
 * @example
 * SEVERITY_ACTION.watch; // 'nothing to order yet'
 */
export const SEVERITY_ACTION = {
  critical: 'order now',
  warning: 'order soon',
  watch: 'nothing to order yet',
  ok: 'no crossing',
} as const;

/**
 * The name of an ISP's count of groups at risk (`groupsAtRisk`, the
 * severities of `AT_RISK_SEVERITIES`), on the overview's ISP table and
 * the ISP page: in the cards' words, the groups with an augment to order.
 * It read "Groups at risk" beside a worst severity of watch, and "0 at
 * risk, worst: watch" read as a contradiction.
 *
 * @example
 * `${AT_RISK_NAME}: ${summary.groupsAtRisk}`; // 'Groups to order: 0'
 */
export const AT_RISK_NAME = 'Groups to order';

/**
 * Which groups `AT_RISK_NAME` counts, in the cards' words.
 *
 * @example
 * AT_RISK_COUNTS; // 'at critical (order now) or warning (order soon)'
 */
export const AT_RISK_COUNTS = `at ${AT_RISK_SEVERITIES.map(
  (s) => `${s} (${SEVERITY_ACTION[s]})`,
).join(' or ')}`;

/**
 * Which groups an ISP's worst severity is of: all of them, so that it may
 * be watch where none is to order.
 *
 * @example
 * WORST_COUNTS; // 'of all its groups, watch (nothing to order yet) included'
 */
export const WORST_COUNTS = `of all its groups, watch (${SEVERITY_ACTION.watch}) included`;

/**
 * What an ISP's count of groups to order and its worst severity each
 * count, said where both are shown (the overview's ISP table).
 *
 * @example
 * AT_RISK_MEANING;
 * // 'Groups to order: those at critical (order now) or warning (order
 * //  soon); the worst severity is of all its groups, watch (nothing to
 * //  order yet) included'
 */
export const AT_RISK_MEANING = `${AT_RISK_NAME}: those ${AT_RISK_COUNTS}; the worst severity is ${WORST_COUNTS}`;
