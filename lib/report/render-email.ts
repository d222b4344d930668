import type { Config } from '#lib/config';
import type { Evaluation } from '#lib/domain/evaluation';
import type { TrafficDays } from '#lib/domain/last-traffic-day';
import type { Message } from '#lib/domain/message';
import { orderDue } from '#lib/domain/order-due';
import type { DataQualityReport } from '#lib/domain/quality';
import { isAtRisk } from '#lib/domain/vocabulary';
import { worstSeverity } from '#lib/rules/summarize-isp';
import { type AlertChanges, alertExtras } from './email-extras.ts';
import { ispsOf } from './email-format.ts';
import { alertFooter, alertHeader } from './email-frame.ts';
import { renderGroupBlock } from './email-group-block.ts';
import { attributesOf, countBySeverity } from './email-message.ts';
import { type PartedMessage, toPartedMessage } from './email-parted.ts';
import { packParts } from './email-parts.ts';
import { clampSubject } from './email-subject.ts';
import { byUrgency } from './rank.ts';

/** What one alert message (ISP or owner) is made of. */
export interface AlertMessageInput {
  readonly asOf: string;
  /** The ISP (`notify.by` 'isp') or the owner ('owner') it goes to. */
  readonly unit: string;
  /** The unit's groups at warning or critical (others are left out). */
  readonly groups: readonly Evaluation[];
  /** Why a group is in this run's message, by group key ('new', …). */
  readonly reasons?: Readonly<Record<string, string>>;
  readonly config: Config;
  /** A what-if run's description: the message then says it is not the plan. */
  readonly scenario?: string;
  /** The report folder its links open (`reports/<asOf>` unless given). */
  readonly folder?: string;
  /** What changed per group key since the previous run's date. */
  readonly changes?: AlertChanges;
  /**
   * The run's data-quality report: links of a group gone quiet, and the
   * days with no traffic before the as-of date (`staleDataText`).
   */
  readonly quality?:
    | (Pick<DataQualityReport, 'quietLinks' | 'likelyMembers'> & TrafficDays)
    | undefined;
  /** Body budget in bytes (SNS's limit by default). */
  readonly maxBytes?: number;
}

/**
 * The alert email for one ISP (or owner): its warning and critical groups
 * ranked by order-by date, each with what to order by when and why, and
 * the link to the report page. Split into numbered parts when it exceeds
 * SNS's 256 KB limit, never truncated.
 *
 * @param input - the unit, its groups and the configuration
 * @returns one message, or several parts; none when no group is at risk
 * @example
 * renderIspMessage({ asOf: '2026-11-26', unit: 'Acme', groups,
 *   config: DEFAULT_CONFIG })[0].subject;
 * // '[Headroom] Acme: 1 critical, 1 warning — order by 2026-11-20'
 */
export function renderIspMessage(input: AlertMessageInput): Message[] {
  return renderIspParts(input).messages;
}

/**
 * `renderIspMessage`, with each message's (part's) group keys.
 *
 * @param input - the unit, its groups and the configuration
 * @returns the messages and, per message, its group keys
 * @example
 * renderIspParts(input).groups[1]; // the keys told in part 2
 */
export function renderIspParts(input: AlertMessageInput): PartedMessage {
  const groups = input.groups
    .filter((g) => isAtRisk(g.severity))
    .sort(byUrgency);
  if (groups.length === 0) return { messages: [], groups: [] };
  const { asOf, config } = input;
  const blocks = groups.map((g, i) => ({
    text: renderGroupBlock(
      g,
      i + 1,
      asOf,
      config.decisionLevel,
      input.reasons?.[g.key],
      alertExtras(input, g),
    ),
    groups: [g],
  }));
  const severity = worstSeverity(groups.map((g) => g.severity));
  const folder = input.folder ?? `reports/${asOf}`;
  const parts = packParts(
    {
      header: alertHeader(input, groups),
      // Each part's links and attributes: its own ISPs only.
      footer: (mine) => alertFooter(mine, config, folder),
      attributes: (mine) => attributesOf(mine, severity),
      maxBytes: input.maxBytes,
    },
    blocks,
  );
  return toPartedMessage(alertSpec(input, groups), parts);
}

function alertSpec(input: AlertMessageInput, groups: readonly Evaluation[]) {
  const byOwner = input.config.notify.by === 'owner';
  const whatIf = input.scenario !== undefined;
  const name = byOwner
    ? { owner: input.unit, isps: ispsOf(groups) }
    : input.unit;
  const [mark, due] = subjectDue(groups[0]!, input.asOf);
  const prefix = `${whatIf ? '[Headroom what-if]' : '[Headroom]'} ${mark}`;
  const tail = `: ${countBySeverity(groups, 'warning')} — ${due}`;
  return {
    asOf: input.asOf,
    purpose: `${whatIf ? 'what-if' : 'alert'}${byOwner ? '-owner' : ''}`,
    unit: input.unit,
    subject: (part: string) => clampSubject(prefix, name, `${tail}${part}`),
  };
}

/**
 * The subject's mark and closing words, from its most urgent group
 * (`orderDue`): 'OVERDUE' for an order-by date passed while the capacity
 * is needed later, a deadline missed; 'NEEDED NOW' for capacity needed
 * now (critical now, or on the upper bound within the week), whose
 * order-by date is the need date less the lead time ("was due 90 d ago"
 * read as a deadline missed where a step ten days ago made the need).
 * An overdue one says how long ago, not the date as well, which its
 * `Order by` row gives: 'OVERDUE … was due 2026-09-05 (93 d ago)' said
 * it three times, and made the sample's overdue subjects 75 to 82
 * characters, two past the 78 of a line (RFC 5322) and more than a mail
 * list shows; 62 to 69 now.
 */
function subjectDue(first: Evaluation, asOf: string): [string, string] {
  // As the group's own row says it: the subject read "order by
  // undefined" for a group at warning or critical with no order-by date.
  if (first.orderByDate === undefined) {
    return ['', 'no order needed within the horizon'];
  }
  const due = orderDue(first, asOf);
  if (due?.kind === 'needed-now') return ['NEEDED NOW ', 'order today'];
  if (due?.kind === 'overdue') {
    return ['OVERDUE ', `was due ${due.days} d ago`];
  }
  return ['', `order by ${first.orderByDate}`];
}
