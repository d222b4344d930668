import type { Evaluation } from '#lib/domain/evaluation';
import {
  headerSafe,
  MAX_SUBJECT,
  type Message,
  type MessageAttributes,
} from '#lib/domain/message';
import { attributeValue } from '#lib/domain/message-attribute';
import { idSlug } from '#lib/domain/slug';
import { SEVERITIES, type Severity } from '#lib/domain/vocabulary';
import type { MessagePart } from './email-parts.ts';

/** A subject's name: an ISP, or an owner with the ISPs it is sent for. */
export type SubjectName =
  | string
  | { readonly owner: string; readonly isps: readonly string[] };

/**
 * A subject of at most {@link MAX_SUBJECT} characters (99: SNS refuses
 * 100): `prefix + name + tail`, with the
 * name shortened (…) when needed, so the count and severity always show.
 * An owner's name, `noc (A, B, C)`, keeps the owner and whole ISP names
 * and closes its bracket, `noc (A, B, …)`: cut anywhere, it read
 * `noc (A, B,…: 8 critical`, the bracket never closed.
 *
 * @param prefix - e.g. '[Headroom] '
 * @param name - the ISP, or the owner and its ISPs
 * @param tail - e.g. ': 2 critical, 1 warning — order by 2026-12-01'
 * @returns the subject
 * @example
 * clampSubject('[Headroom] ', 'Acme', ': 1 critical'); // '[Headroom] Acme: 1 critical'
 * clampSubject('[Headroom] ', { owner: 'noc', isps: ['A', 'B'] }, ': 2 critical');
 * // '[Headroom] noc (A, B): 2 critical'
 */
export function clampSubject(
  prefix: string,
  name: SubjectName,
  tail: string,
): string {
  const room = MAX_SUBJECT - prefix.length - tail.length;
  const whole =
    typeof name === 'string' ? name : `${name.owner} (${name.isps.join(', ')})`;
  const shown =
    whole.length <= room
      ? whole
      : ((typeof name === 'string' ? undefined : ownerCut(name, room)) ??
        cut(whole, room));
  return `${prefix}${shown}${tail}`.slice(0, MAX_SUBJECT);
}

/**
 * The owner and as many of its first ISPs as fit in `room`, then `…)`;
 * undefined when not even `owner (…)` fits. The owner's own name may hold
 * brackets (`noc (EU)`): the ISPs are counted from the list, not found
 * in the text.
 */
function ownerCut(
  name: { readonly owner: string; readonly isps: readonly string[] },
  room: number,
): string | undefined {
  for (let kept = name.isps.length - 1; kept >= 0; kept--) {
    const listed = name.isps.slice(0, kept).map((isp) => `${isp}, `);
    const shown = `${name.owner} (${listed.join('')}…)`;
    if (shown.length <= room) return shown;
  }
  return undefined;
}

/** A name cut to `room` characters with `…`. */
function cut(name: string, room: number): string {
  return `${name.slice(0, Math.max(1, room - 1))}…`;
}

/**
 * Message attributes for a set of groups: their ISPs, regions and
 * owners, each the one name they share or all of them, sorted
 * (`attributeValue`), so that a subscription filtering on any owner,
 * region or ISP of the message receives it. A group whose region is not
 * known (`undefined`) adds none.
 *
 * @param groups - the groups in the message (at least one)
 * @param severity - the message's severity attribute
 * @returns the attributes
 * @example
 * attributesOf(groups, 'critical').owner; // ['emea-peering', 'noc']
 */
export function attributesOf(
  groups: readonly {
    readonly isp: string;
    readonly region?: string | undefined;
    readonly owner: string;
  }[],
  severity: MessageAttributes['severity'],
): MessageAttributes {
  const all = (field: 'isp' | 'region' | 'owner') =>
    attributeValue(groups.flatMap((group) => group[field] ?? []));
  return {
    isp: all('isp'),
    region: all('region'),
    severity,
    owner: all('owner'),
  };
}

/**
 * Messages for the parts of one message (`packParts`), numbered for the
 * subject and with ids `asOf/purpose/slug/part`, stable for a replay of
 * the same day, each with its part's own attributes.
 *
 * @param spec - id parts and subject
 * @param parts - the parts' bodies and attributes
 * @returns one message per part
 * @example
 * toMessages({ asOf, purpose: 'alert', unit: 'Acme', subject }, parts);
 */
export function toMessages(
  spec: {
    readonly asOf: string;
    readonly purpose: string;
    readonly unit: string;
    readonly subject: (part: string) => string;
  },
  parts: readonly MessagePart[],
): Message[] {
  return parts.map(({ body, attributes }, index) => {
    const part =
      parts.length === 1 ? '' : ` (part ${index + 1}/${parts.length})`;
    // Names come from links.csv: no line break may reach a header.
    return headerSafe({
      id: `${spec.asOf}/${spec.purpose}/${idSlug(spec.unit)}/${index + 1}`,
      subject: spec.subject(part),
      body,
      attributes,
    });
  });
}

/**
 * "2 critical, 1 warning" for the severities of some groups, most urgent
 * first, leaving out the ones with no group.
 *
 * @param groups - the groups
 * @param from - the least severity counted
 * @returns the count text
 * @example
 * countBySeverity(groups, 'warning'); // '2 critical, 1 warning'
 */
export function countBySeverity(
  groups: readonly Evaluation[],
  from: Severity,
): string {
  return [...SEVERITIES]
    .slice(SEVERITIES.indexOf(from))
    .reverse()
    .map(
      (severity) =>
        [
          severity,
          groups.filter((g) => g.severity === severity).length,
        ] as const,
    )
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => `${count} ${severity}`)
    .join(', ');
}
