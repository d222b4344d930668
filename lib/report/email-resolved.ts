import type { Config } from '#lib/config';
import type { Evaluation } from '#lib/domain/evaluation';
import type { TrafficDays } from '#lib/domain/last-traffic-day';
import type { Message } from '#lib/domain/message';
import { linksFooter } from './email-links.ts';
import { attributesOf } from './email-message.ts';
import { type PartedMessage, toPartedMessage } from './email-parted.ts';
import { packParts } from './email-parts.ts';
import { emailItem } from './email-row.ts';
import { staleDataLine } from './email-stale-data.ts';
import { clampSubject } from './email-subject.ts';
import { bundleLabel, keyWithIsp } from './group-name.ts';
import { handedOverText, handoverNote } from './handed-over-text.ts';
import { byUrgency } from './rank.ts';
import { whyCleared } from './resolved-why.ts';
import { wrapText } from './wrap-text.ts';
import { youngLakeLines } from './young-lake.ts';

/** What a "resolved" message is made of. */
export interface ResolvedMessageInput {
  readonly asOf: string;
  /** The ISP or owner it goes to. */
  readonly unit: string;
  /** The groups that were alerted and are now below warning. */
  readonly groups: readonly Evaluation[];
  /**
   * The owners holding each group's open alert, by group key, earliest
   * first (the former owners not yet told of its handover, then the one
   * whose alert was last accepted): the message goes to them (the
   * `owner` attribute), and a group that belongs to another now, or
   * whose alert was held by several, says whose it was and is. Without
   * it, or for a group it leaves out, the evaluation's owner.
   */
  readonly holders?: Readonly<Record<string, readonly string[]>>;
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
 * owners holding their alerts (`holders`, its `owner` attribute): a
 * group handed over says whose it is now, so that a former owner, who
 * may have an order under way, passes it on (docs/architecture.md "A
 * bundle handed over").
 *
 * @param input - the unit and its cleared groups
 * @returns the message(s); none when no group cleared
 * @example
 * renderResolvedMessage({ asOf, unit: 'Acme', groups, config })[0].subject;
 * // '[Headroom] Acme: resolved — 1 bundle no longer needs an order'
 */
export function renderResolvedMessage(input: ResolvedMessageInput): Message[] {
  return renderResolvedParts(input).messages;
}

/**
 * `renderResolvedMessage`, with each message's (part's) group keys.
 *
 * @param input - the unit and its cleared groups
 * @returns the messages and, per message, its group keys
 * @example
 * renderResolvedParts(input).groups[1]; // the keys told in part 2
 */
export function renderResolvedParts(
  input: ResolvedMessageInput,
): PartedMessage {
  const groups = [...input.groups].sort(byUrgency);
  if (groups.length === 0) return { messages: [], groups: [] };
  const { asOf, config } = input;
  const [one, many] = ['1 bundle no longer needs', 'bundles no longer need'];
  const count = groups.length === 1 ? one : `${groups.length} ${many}`;
  const chain = (g: Evaluation) => [...holdersOf(input, g), g.owner];
  const handed = groups.filter((g) => handedOverText(chain(g)) !== '').length;
  const header = resolvedHeader(input, count, handed);
  const blocks = groups.map((g) => ({
    text: emailItem(
      `${bundleLabel(g)} (${keyWithIsp(g)}): ${whyCleared(g, asOf)}${handedOverText(chain(g))}`,
    ),
    // The owners holding its alert: the `owner` attribute.
    groups: holdersOf(input, g).map((owner) => ({ ...g, owner })),
  }));
  const parts = packParts(
    {
      header,
      footer: (mine) => linksFooter(mine, config, asOf),
      attributes: (mine) => attributesOf(mine, 'resolved'),
      maxBytes: input.maxBytes,
    },
    blocks,
  );
  return toPartedMessage(
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

/** The owners holding a group's open alert, earliest first. */
function holdersOf(input: ResolvedMessageInput, g: Evaluation) {
  return input.holders?.[g.key] ?? [g.owner];
}

function resolvedHeader(
  input: ResolvedMessageInput,
  count: string,
  handed: number,
): string {
  return [
    ...wrapText(
      `Headroom: alerts cleared for ${input.unit}, as of ${input.asOf}`,
    ),
    // Cut to the email's width, as the digest's and every other line.
    ...staleDataLine(input.quality, input.asOf).flatMap((l) => wrapText(l)),
    ...youngLakeLines(input.quality, input.asOf),
    '',
    ...handoverNote(handed),
    `${count} an order within the warning window:`,
    '',
    '',
  ].join('\n');
}
