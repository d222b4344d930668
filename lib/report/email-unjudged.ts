import type { Config } from '#lib/config';
import { compareNames } from '#lib/domain/name-order';
import { ALERT_END_SEVERITY } from './alert-end-severity.ts';
import { linksFooter } from './email-links.ts';
import { attributesOf } from './email-message.ts';
import { type PartedMessage, toPartedMessage } from './email-parted.ts';
import { packParts } from './email-parts.ts';
import { emailItem } from './email-row.ts';
import { clampSubject } from './email-subject.ts';
import { ispNotInKey } from './group-name.ts';
import { handedOverText } from './handed-over-text.ts';
import { wrapText } from './wrap-text.ts';

/** An alerted group this run did not judge, as the state last told it. */
export interface UnjudgedGroup {
  readonly key: string;
  readonly isp: string;
  /** Absent in a state written before groups kept their region. */
  readonly region?: string | undefined;
  /** The owner its message goes under: the earliest holding its alert. */
  readonly owner: string;
  /**
   * The owners holding its alert, earliest first (the state's former
   * owners not yet told of its handover, then the one whose alert was
   * last accepted): it goes to each, and its line names them. `[owner]`
   * when absent.
   */
  readonly holders?: readonly string[] | undefined;
  readonly severity: 'warning' | 'critical';
  readonly orderByDate?: string | undefined;
  readonly notifiedOn: string;
  /** Why it was not judged, from the run's data-quality report. */
  readonly reason: string;
}

/** What a "no longer judged" message is made of. */
export interface UnjudgedMessageInput {
  readonly asOf: string;
  /** The ISP or owner it goes to. */
  readonly unit: string;
  readonly groups: readonly UnjudgedGroup[];
  readonly config: Config;
  readonly maxBytes?: number;
}

/**
 * The one-time email for alerted groups that a run did not judge (no
 * recent whole day of data, or gone from the run): without it their
 * alerts stopped in silence, as if the need had passed, while nobody
 * could see whether it had (docs/architecture.md "Stages", notify). It
 * goes to the owners holding the alert, as the "resolved" does
 * (`holders`), its line saying whose it was and is where there are
 * several.
 * Its severity is every alert level and `resolved` (`ALERT_END_SEVERITY`),
 * as the handover's: an alert is routed on its unit's worst severity, so
 * a group told at warning may have reached an address filtering on
 * critical alone, which the severity last told ('warning') never
 * reached; and, its state entry gone once accepted, it ends the alert
 * for an address that hears of alerts ending too.
 *
 * @param input - the unit and its unjudged groups
 * @returns the message(s), none without groups, and per message (part)
 *   its group keys
 * @example
 * renderUnjudgedMessage({ asOf, unit: 'Acme', groups, config }).messages[0]
 *   .subject; // '[Headroom] Acme: 1 alerted bundle not judged — check its data'
 */
export function renderUnjudgedMessage(
  input: UnjudgedMessageInput,
): PartedMessage {
  const groups = [...input.groups].sort((a, b) => compareNames(a.key, b.key));
  if (groups.length === 0) return { messages: [], groups: [] };
  const { asOf, config } = input;
  const [count, its] = unjudgedCount(groups.length);
  const blocks = groups.map((g) => ({
    text: emailItem(
      `${named(g)}: ${lastTold(g)}; ${g.reason}.${handedOverText(g.holders ?? [])}`,
    ),
    // The owners holding its alert: the `owner` attribute.
    groups: (g.holders ?? [g.owner]).map((owner) => ({ ...g, owner })),
  }));
  // A region the state did not keep is left out: its groups still
  // reach their owner's and ISP's subscriptions.
  const parts = packParts(
    {
      header: unjudgedHeader(input, groups.length),
      footer: (mine) => linksFooter(mine, config, asOf),
      attributes: (mine) => attributesOf(mine, ALERT_END_SEVERITY),
      maxBytes: input.maxBytes,
    },
    blocks,
  );
  return toPartedMessage(
    {
      asOf,
      purpose: 'unjudged',
      unit: input.unit,
      subject: (part) =>
        clampSubject(
          '[Headroom] ',
          input.unit,
          `: ${count} not judged — check ${its} data${part}`,
        ),
    },
    parts,
  );
}

/** How many bundles, and the words that refer to them. */
function unjudgedCount(n: number): [string, string, string] {
  return n === 1
    ? ['1 alerted bundle', 'its', 'it is']
    : [`${n} alerted bundles`, 'their', 'they are'];
}

/** The words above a "not judged" message's lines, for `n` bundles. */
function unjudgedHeader(input: UnjudgedMessageInput, n: number): string {
  const [count, its, it] = unjudgedCount(n);
  return [
    ...wrapText(
      `Headroom: alerted bundles not judged for ${input.unit}, as of ${input.asOf}`,
    ),
    '',
    `${count} could not be judged in this run, so Headroom cannot tell`,
    `whether an order is still needed. No alert is repeated until ${it}`,
    `judged again. Check ${its} data:`,
    '',
    '',
  ].join('\n');
}

/** Its key, and its ISP where the key does not name it (`ispNotInKey`). */
function named(g: UnjudgedGroup): string {
  const isp = ispNotInKey(g);
  return isp === undefined ? g.key : `${g.key} (${isp})`;
}

function lastTold(g: UnjudgedGroup): string {
  const order = g.orderByDate ? `, order by ${g.orderByDate}` : '';
  return `last told ${g.severity}${order} on ${g.notifiedOn}`;
}
