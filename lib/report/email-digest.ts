import type { Config } from '#lib/config';
import type { Evaluation } from '#lib/domain/evaluation';
import type { TrafficDays } from '#lib/domain/last-traffic-day';
import type { Message } from '#lib/domain/message';
import type { Severity } from '#lib/domain/vocabulary';
import { digestBlocks } from './email-digest-blocks.ts';
import { digestLegend, digestWidths } from './email-digest-line.ts';
import { digestHeadline, heldNote } from './email-digest-notes.ts';
import { attributesOf, countBySeverity } from './email-message.ts';
import { type PartedMessage, toPartedMessage } from './email-parted.ts';
import { packParts } from './email-parts.ts';
import { staleDataLine } from './email-stale-data.ts';
import { clampSubject } from './email-subject.ts';
import { wrapText } from './wrap-text.ts';
import { youngLakeLines } from './young-lake.ts';

/** What a weekly digest is made of. */
export interface DigestInput {
  readonly asOf: string;
  readonly owner: string;
  /** The owner's groups (those below watch are left out). */
  readonly groups: readonly Evaluation[];
  readonly config: Config;
  readonly maxBytes?: number;
  /**
   * Each group's severity as the run's changes list holds it: a bundle
   * held above the run's own says so (docs/architecture.md "Emails
   * follow the held severity").
   */
  readonly held?: Readonly<Record<string, Severity>>;
  /**
   * The owners holding each open alert, by group key (the one whose
   * alert was last accepted, and the former owners not yet told of its
   * handover): a bundle held open whose alert this owner does not hold
   * (handed over since) names them (docs/architecture.md "A bundle
   * handed over").
   */
  readonly toldOwners?: Readonly<Record<string, readonly string[]>>;
  /**
   * The run's days with no traffic: when the lake's stopped days before
   * the run, the digest says its figures are as of its last day.
   */
  readonly quality?: TrafficDays | undefined;
}

/**
 * The weekly digest for one owner: every group at watch or above, and
 * one at ok whose alert the changes list holds open (its fall not yet
 * confirmed), per ISP, most urgent first: each one's title on a line, its
 * figures beneath, every line within 78 characters (RFC 5322).
 *
 * @param input - the owner and its groups
 * @returns the message(s); none when nothing is at watch or above or held open
 * @example
 * renderDigest({ asOf, owner: 'emea-peering', groups, config })[0].subject;
 * // '[Headroom] weekly digest emea-peering: 1 critical, 4 watch'
 */
export function renderDigest(input: DigestInput): Message[] {
  return renderDigestParts(input).messages;
}

/**
 * `renderDigest`, with each message's (part's) group keys.
 *
 * @param input - the owner and its groups
 * @returns the messages and, per message, its group keys
 * @example
 * renderDigestParts(input).groups[1]; // the keys told in part 2
 */
export function renderDigestParts(input: DigestInput): PartedMessage {
  const groups = input.groups.filter(
    (g) => g.severity !== 'ok' || heldNote(g, input) !== '',
  );
  if (groups.length === 0) return { messages: [], groups: [] };
  const { asOf, config, owner } = input;
  const widths = digestWidths(groups, asOf);
  const { reportBaseUrl } = config.notify;
  const parts = packParts(
    {
      header: digestHeader(input, groups, widths),
      footer: () => '',
      attributes: (mine) => ({ ...attributesOf(mine, 'digest'), owner }),
      maxBytes: input.maxBytes,
    },
    digestBlocks({ ...input, reportBaseUrl }, groups, widths),
  );
  return toPartedMessage(
    {
      asOf,
      purpose: 'digest',
      unit: owner,
      subject: (part) =>
        clampSubject(
          '[Headroom] weekly digest ',
          owner,
          `: ${countBySeverity(groups, 'watch')}${part}`,
        ),
    },
    parts,
  );
}

/** The digest's text above its blocks: whose, the headline, the legend. */
function digestHeader(
  input: DigestInput,
  groups: readonly Evaluation[],
  widths: readonly number[],
): string {
  const { asOf } = input;
  return [
    ...wrapText(`Headroom weekly digest for ${input.owner}, as of ${asOf}`),
    ...wrapText(`${digestHeadline(groups)}.`),
    ...staleDataLine(input.quality, asOf).flatMap((line) => wrapText(line)),
    ...youngLakeLines(input.quality, asOf),
    '',
    ...wrapText(LEGEND),
    '',
    ...digestLegend(widths),
    '',
    '',
  ].join('\n');
}

/** What the digest's lines hold, above its legend. */
const LEGEND =
  'Per ISP, its report link beneath its name, then its bundles, most ' +
  "urgent first: each one's site and link type (and its name in " +
  'links.csv, if it has one), with its figures beneath: severity, order ' +
  'by, ask for, utilization now, and critical at the earliest (for a ' +
  'bundle that stays below critical, the day it reaches warning: its ask ' +
  'keeps it under warning).';
