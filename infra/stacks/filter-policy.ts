import * as sns from 'aws-cdk-lib/aws-sns';
import type { AlertFilter } from '../stage-config.ts';

/**
 * An SNS filter policy from a stage's alert filter: a message passes when
 * each named attribute is one of the listed values or, for a message
 * naming several (a `String.Array` attribute: an ISP whose bundles have
 * several owners), holds one of them (docs/architecture.md "Messages
 * carry every owner").
 *
 * @param filter - lists of allowed isp, region, severity, owner
 * @returns the subscription's filter policy
 * @example
 * filterPolicyOf({ region: ['EMEA'] });
 */
export function filterPolicyOf(
  filter: AlertFilter,
): Record<string, sns.SubscriptionFilter> {
  const policy: Record<string, sns.SubscriptionFilter> = {};
  for (const [name, values] of Object.entries(filter)) {
    if (values && values.length > 0) {
      policy[name] = sns.SubscriptionFilter.stringFilter({
        allowlist: [...values],
      });
    }
  }
  return policy;
}
