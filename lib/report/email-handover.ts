import type { Config } from '#lib/config';
import type { Evaluation } from '#lib/domain/evaluation';
import { attributeNames, attributeValue } from '#lib/domain/message-attribute';
import { ALERT_END_SEVERITY } from './alert-end-severity.ts';
import { dueMark, ispsOf } from './email-format.ts';
import { linksFooter } from './email-links.ts';
import { attributesOf } from './email-message.ts';
import { type PartedMessage, toPartedMessage } from './email-parted.ts';
import { packParts } from './email-parts.ts';
import { emailItem } from './email-row.ts';
import { clampSubject } from './email-subject.ts';
import { bundleLabel, keyWithIsp } from './group-name.ts';
import { byUrgency } from './rank.ts';
import { wrapText } from './wrap-text.ts';

/** What the former owner was last told of a group handed over. */
export interface HandedOver {
  readonly group: Evaluation;
  readonly toldSeverity: 'warning' | 'critical';
  readonly notifiedOn: string;
  /**
   * The key the former owner was told it under, where links.csv renamed
   * it since (an ISP renamed renames its default key).
   */
  readonly toldKey?: string;
}

/** What a "handed over" message is made of. */
export interface HandoverMessageInput {
  readonly asOf: string;
  /** The former owner, whom the message is for. */
  readonly from: string;
  /** The ISP or new owner whose alert the groups went out in. */
  readonly unit: string;
  /** The groups, with their new owner in their evaluation. */
  readonly groups: readonly HandedOver[];
  readonly config: Config;
  readonly maxBytes?: number;
}

/**
 * The one-time "handed over" email to the former owner of alerted
 * groups now another's (links.csv's `owner`, or the configuration's
 * `owners`, changed): the new owner is alerted ("owner changed: was …"),
 * and without this the former one heard nothing more, as if the need had
 * passed, while an order they started may still be under way with the
 * ISP (docs/architecture.md "A bundle handed over"). Its `owner`
 * attribute is the former owner's, its severity every alert level and
 * `resolved` (`ALERT_END_SEVERITY`): every subscription the alert reached
 * hears of it, and those that hear of resolved alerts too.
 *
 * @param input - the former owner, the unit and the groups
 * @returns the message(s), none without groups, and per message (part)
 *   its group keys
 * @example
 * renderHandoverMessage({ asOf, from: 'emea-peering', unit: 'Acme', groups, config })
 *   .messages[0].subject; // '[Headroom] Acme: 1 bundle handed over to noc'
 */
export function renderHandoverMessage(
  input: HandoverMessageInput,
): PartedMessage {
  const told = [...input.groups].sort((a, b) => byUrgency(a.group, b.group));
  if (told.length === 0) return { messages: [], groups: [] };
  const { asOf, config, from } = input;
  const groups = told.map((t) => t.group);
  const to = attributeNames(attributeValue(groups.map((g) => g.owner)));
  const count = told.length === 1 ? '1 bundle' : `${told.length} bundles`;
  const header = handoverHeader(input, count, to);
  const blocks = told.map((t) => ({
    text: emailItem(handedText(t, asOf)),
    groups: [t.group],
  }));
  const parts = packParts(
    {
      header,
      footer: (mine) => linksFooter(mine, config, asOf),
      attributes: (mine) => ({
        ...attributesOf(mine, ALERT_END_SEVERITY),
        owner: from,
      }),
      maxBytes: input.maxBytes,
    },
    blocks,
  );
  return toPartedMessage(handoverSpec(input, groups, count, to), parts);
}

/** The ids and subject of a handover's parts. */
function handoverSpec(
  input: HandoverMessageInput,
  groups: readonly Evaluation[],
  count: string,
  to: readonly string[],
) {
  const { from } = input;
  const byOwner = input.config.notify.by === 'owner';
  const name = byOwner ? { owner: from, isps: ispsOf(groups) } : input.unit;
  // Several new owners by their count: their names, in the body, would
  // push the part number out of the subject.
  const whom = to.length === 1 ? to[0] : `${to.length} owners`;
  return {
    asOf: input.asOf,
    purpose: 'handover',
    unit: `${from} ${input.unit}`,
    subject: (part: string) =>
      clampSubject(
        '[Headroom] ',
        name,
        `: ${count} handed over to ${whom}${part}`,
      ),
  };
}

function handoverHeader(
  input: HandoverMessageInput,
  count: string,
  to: readonly string[],
): string {
  const verb = input.groups.length === 1 ? 'belongs' : 'belong';
  return [
    ...wrapText(
      `Headroom: alerted bundles handed over by ${input.from}, as of ${input.asOf}`,
    ),
    '',
    ...wrapText(
      `${count} you were alerted about now ${verb} to ${to.join(', ')}`,
    ),
    "(links.csv's owner, or the configuration's owners for the region).",
    'Headroom alerts the new owner from now on, and no longer you: pass on',
    'anything under way with the ISP (an order, its reference).',
    '',
    '',
  ].join('\n');
}

function handedText(t: HandedOver, asOf: string): string {
  const g = t.group;
  // Marked as the overview's cell marks it: a bare date gone by read as a
  // deadline ahead, or missed, for a bundle needed now.
  const due = dueMark(g, asOf);
  const mark = due === undefined ? '' : ` (${due})`;
  const order = g.orderByDate ? `, order by ${g.orderByDate}${mark}` : '';
  // Renamed since told, as the former owner knew it too.
  const was = t.toldKey === undefined ? '' : `, told as ${t.toldKey}`;
  return (
    `${bundleLabel(g)} (${keyWithIsp(g)}${was}): now ${g.owner}'s, ` +
    `${g.severity}${order}; last told to you ${t.toldSeverity} on ${t.notifiedOn}.`
  );
}
