import type { Config } from '#lib/config';
import type { Evaluation } from '#lib/domain/evaluation';
import type { TrafficDays } from '#lib/domain/last-traffic-day';
import type { Message } from '#lib/domain/message';
import { isAtRisk, type Severity, severityRank } from '#lib/domain/vocabulary';
import { bundleColumnWidth, digestLines } from './email-digest-line.ts';
import { ispsOf, reportLink } from './email-format.ts';
import {
  attributesOf,
  clampSubject,
  countBySeverity,
  toMessages,
} from './email-message.ts';
import { packParts } from './email-parts.ts';
import { staleDataLine } from './email-stale-data.ts';
import { plural } from './format.ts';
import { byUrgency } from './rank.ts';

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
   * The owner each open alert was last told to, by group key: a bundle
   * held open whose alert went to another owner (handed over since)
   * names them (docs/architecture.md "A bundle handed over").
   */
  readonly toldOwners?: Readonly<Record<string, string>>;
  /**
   * The run's days with no traffic: when the lake's stopped days before
   * the run, the digest says its figures are as of its last day.
   */
  readonly quality?: TrafficDays | undefined;
}

/**
 * The weekly digest for one owner: every group at watch or above, and
 * one at ok whose alert the changes list holds open (its fall not yet
 * confirmed), per ISP, one line each, most urgent first.
 *
 * @param input - the owner and its groups
 * @returns the message(s); none when nothing is at watch or above or held open
 * @example
 * renderDigest({ asOf, owner: 'emea-peering', groups, config })[0].subject;
 * // '[Headroom] weekly digest emea-peering: 1 critical, 4 watch'
 */
export function renderDigest(input: DigestInput): Message[] {
  const groups = input.groups.filter(
    (g) => g.severity !== 'ok' || heldNote(g, input) !== '',
  );
  if (groups.length === 0) return [];
  const { asOf, config } = input;
  const header = [
    `Headroom weekly digest for ${input.owner}, as of ${asOf}`,
    `${headline(groups)}.`,
    ...staleDataLine(input.quality, asOf),
    'Columns: severity, bundle (its name in links.csv, if it has one, on the line below), order by, ask for, utilization now, critical at the earliest (for a bundle that stays below critical, the day it reaches warning: its ask keeps it under warning).',
    '',
    '',
  ].join('\n');
  const width = bundleColumnWidth(groups);
  const blocks = ispsOf(groups).map((isp) => {
    const mine = groups.filter((g) => g.isp === isp).sort(byUrgency);
    const lines = mine.flatMap((g) =>
      digestLines(g, asOf, width, heldNote(g, input)),
    );
    const link = reportLink(config.notify.reportBaseUrl, isp, asOf);
    // In angle brackets (RFC 3986, Appendix C), not parentheses: mail
    // clients took the closing ")" into the link, which then failed.
    return { text: `${isp} <${link}>\n${lines.join('\n')}\n\n`, groups: mine };
  });
  const parts = packParts(
    {
      header,
      footer: () => '',
      attributes: (mine) => ({
        ...attributesOf(mine, 'digest'),
        owner: input.owner,
      }),
      maxBytes: input.maxBytes,
    },
    blocks,
  );
  return toMessages(
    {
      asOf,
      purpose: 'digest',
      unit: input.owner,
      subject: (part) =>
        clampSubject(
          '[Headroom] weekly digest ',
          input.owner,
          `: ${countBySeverity(groups, 'watch')}${part}`,
        ),
    },
    parts,
  ).map((m) => ({
    ...m,
    attributes: { ...m.attributes, severity: 'digest' as const },
  }));
}

/**
 * How many bundles the digest lists: at watch or above by this run's own
 * severity, and at ok with an alert the changes list holds open.
 */
function headline(groups: readonly Evaluation[]): string {
  const atWatch = groups.filter((g) => g.severity !== 'ok');
  const open = groups.length - atWatch.length;
  const parts = [
    ...(atWatch.length > 0
      ? [
          `${plural(atWatch.length, 'bundle')} at watch or above (${countBySeverity(atWatch, 'watch')})`,
        ]
      : []),
    ...(open > 0
      ? [`${plural(open, 'bundle')} at ok whose alert is held open`]
      : []),
  ];
  return parts.join(', and ');
}

/**
 * After a bundle's line, the level its alert is held at where that is
 * above the run's own: the line reads the run's `WARNING` to a reader
 * whose alert said critical, and no email said it fell. An alert told
 * to another owner (the bundle handed over since) names them: this
 * reader never had it.
 */
function heldNote(
  g: Evaluation,
  input: Pick<DigestInput, 'held' | 'owner' | 'toldOwners'>,
): string {
  const kept = input.held?.[g.key];
  if (kept === undefined || severityRank(kept) <= severityRank(g.severity))
    return '';
  if (!isAtRisk(kept)) return '';
  const told = input.toldOwners?.[g.key];
  const to =
    told === undefined || told === input.owner ? '' : `, told to ${told}`;
  return ` — held at ${kept} (alert open${to})`;
}
