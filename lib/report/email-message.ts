import type { Evaluation } from '#lib/domain/evaluation';
import {
  headerSafe,
  type Message,
  type MessageAttributes,
} from '#lib/domain/message';
import { attributeValue } from '#lib/domain/message-attribute';
import { idSlug } from '#lib/domain/slug';
import { SEVERITIES, type Severity } from '#lib/domain/vocabulary';
import type { MessagePart } from './email-parts.ts';

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
