import type { Config } from '#lib/config';
import { daysBetween } from '#lib/domain/dates';
import type { Evaluation, TrafficGone } from '#lib/domain/evaluation';
import type { TrafficDays } from '#lib/domain/last-traffic-day';
import type { Message } from '#lib/domain/message';
import type { PlannedAugmentStatus } from '#lib/domain/plan-status';
import { linksFooter } from './email-links.ts';
import { attributesOf, clampSubject, toMessages } from './email-message.ts';
import { packParts } from './email-parts.ts';
import { staleDataLine } from './email-stale-data.ts';
import { formatPct } from './format.ts';
import { bundleLabel } from './group-name.ts';
import { handedOverText } from './handed-over-text.ts';
import { byUrgency } from './rank.ts';

/** What a "resolved" message is made of. */
export interface ResolvedMessageInput {
  readonly asOf: string;
  /** The ISP or owner it goes to. */
  readonly unit: string;
  /** The groups that were alerted and are now below warning. */
  readonly groups: readonly Evaluation[];
  /**
   * The owner each group's alert was last told to, by group key, where
   * the message goes (the `owner` attribute); a group whose evaluation
   * names another was handed over, and its line says to whom. Without
   * it, or for a group it leaves out, the evaluation's owner.
   */
  readonly toldOwners?: Readonly<Record<string, string>>;
  /**
   * The new owner of a group handed over whose alert it was told while
   * the former owner was not yet told of the handover, by group key: it
   * holds the alert too, and the message goes to it as well (the `owner`
   * attribute).
   */
  readonly alsoTold?: Readonly<Record<string, string>>;
  readonly config: Config;
  readonly maxBytes?: number;
  /**
   * The run's days with no traffic: when the lake's stopped days before
   * the run, the message says its figures are as of its last day.
   */
  readonly quality?: TrafficDays | undefined;
}

/**
 * The one-time "resolved" email for groups whose alert cleared: what
 * they are now and why no order is needed any more. It goes to the
 * owners their alerts were told to (`toldOwners`, its `owner`
 * attribute): a group handed over as it cleared says whose it is now,
 * so that its former owner, who may have an order under way, passes it
 * on (docs/architecture.md "A bundle handed over").
 *
 * @param input - the unit and its cleared groups
 * @returns the message(s); none when no group cleared
 * @example
 * renderResolvedMessage({ asOf, unit: 'Acme', groups, config })[0].subject;
 * // '[Headroom] Acme: resolved — 1 bundle no longer needs an order'
 */
export function renderResolvedMessage(input: ResolvedMessageInput): Message[] {
  const groups = [...input.groups].sort(byUrgency);
  if (groups.length === 0) return [];
  const { asOf, config } = input;
  const count =
    groups.length === 1
      ? '1 bundle no longer needs'
      : `${groups.length} bundles no longer need`;
  const toldTo = (g: Evaluation) => input.toldOwners?.[g.key] ?? g.owner;
  const handed = groups.filter((g) => toldTo(g) !== g.owner).length;
  const header = [
    `Headroom: alerts cleared for ${input.unit}, as of ${asOf}`,
    ...staleDataLine(input.quality, asOf),
    '',
    ...handoverNote(handed),
    `${count} an order within the warning window:`,
    '',
    '',
  ].join('\n');
  const blocks = groups.map((g) => {
    const from = toldTo(g);
    const handedOver = handedOverText(from, g.owner);
    const also = input.alsoTold?.[g.key];
    return {
      text: `- ${bundleLabel(g)} (${g.key}): ${whyCleared(g, asOf)}${handedOver}\n`,
      // The owners its alert was told to: the `owner` attribute.
      groups: [{ ...g, owner: from }, ...(also ? [{ ...g, owner: also }] : [])],
    };
  });
  const parts = packParts(
    {
      header,
      footer: (mine) => linksFooter(mine, config, asOf),
      attributes: (mine) => attributesOf(mine, 'resolved'),
      maxBytes: input.maxBytes,
    },
    blocks,
  );
  return toMessages(
    {
      asOf,
      purpose: 'resolved',
      unit: input.unit,
      subject: (part) =>
        clampSubject(
          '[Headroom] ',
          input.unit,
          `: resolved — ${count} an order${part}`,
        ),
    },
    parts,
  );
}

/**
 * The paragraph of a message with bundles handed over: its reader, their
 * former owner, hears no more of them.
 */
function handoverNote(handed: number): string[] {
  if (handed === 0) return [];
  const [count, belongs] =
    handed === 1 ? ['1 bundle', 'belongs'] : [`${handed} bundles`, 'belong'];
  return [
    `${count} below now ${belongs} to another owner (links.csv's owner, or the`,
    "configuration's owners for the region): pass on anything under way",
    'with the ISP (an order, its reference).',
    '',
  ];
}

function whyCleared(g: Evaluation, asOf: string): string {
  const now = `now ${g.severity}`;
  const augments = g.plannedAugments.filter((a) => a.lateByDays === 0);
  const counted =
    augments.length === 0
      ? ''
      : `; counting ${augments.map(countedText).join(', ')}`;
  const next =
    g.orderByDate === undefined
      ? 'no critical date within the horizon'
      : `next order-by date ${g.orderByDate}`;
  const gone = (g.trafficGone ?? [])
    .filter((link) => daysBetween(link.retiredOn, asOf) <= RECENT_DAYS)
    .map((link) => `; ${goneText(link)}`);
  return `${now}, ${next}${counted}${gone.join('')}.`;
}

/** An augment the cleared alert counts: planned, or in service since. */
function countedText(a: PlannedAugmentStatus): string {
  const when = a.inService
    ? `in service since ${a.inServiceDate}`
    : a.inServiceDate;
  return `${a.reference} (${when})`;
}

/**
 * Days back a retirement is named as a cause: the days after it that
 * tell what its traffic did (docs/architecture.md "Retired links"); one
 * long past did not clear this alert.
 */
const RECENT_DAYS = 28;

/** `a2 (retired on 2026-11-18) took its traffic with it` (or a share of it). */
function goneText(link: TrafficGone): string {
  const part =
    link.share === undefined ? 'its' : `${formatPct(link.share, 0)} of its`;
  return `${link.linkId} (retired on ${link.retiredOn}) took ${part} traffic with it`;
}
