import type { MessageSeverity } from '#lib/domain/message';

/**
 * The `severity` of a message that ends an alert for its reader without
 * saying it cleared: a handover (its reader, the former owner, hears no
 * more of the bundle) and a "not judged" (its state entry goes, and no
 * alert follows until the bundle is judged again). It is every level an
 * alert about its bundles may have carried, and `resolved`. An alert is
 * routed on its unit's worst severity, so a bundle told at warning may
 * have reached an address filtering on critical alone, and one told at
 * critical may have reached one filtering on warning before it
 * escalated; as a `String.Array` it matches a filter policy listing any
 * of them (Amazon SNS Developer Guide, "Amazon SNS subscription filter
 * policies"). `resolved` alone, as the handover had it, never reached an
 * address filtering on `critical` and `warning`, which had the alert;
 * `resolved` keeps the addresses that hear of alerts ending
 * (docs/architecture.md "A bundle handed over"). Sorted, as
 * `attributeValue` sorts names.
 *
 * @example
 * attributesOf(groups, ALERT_END_SEVERITY).severity;
 * // ['critical', 'resolved', 'warning']
 */
export const ALERT_END_SEVERITY: readonly MessageSeverity[] = [
  'critical',
  'resolved',
  'warning',
];
