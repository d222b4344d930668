import type { Message, MessageAttributes } from '#lib/domain/message';
import { wireAttribute } from '#lib/domain/message-attribute';
import { filterPolicyOf } from '../../infra/stacks/filter-policy.ts';
import type { AlertFilter } from '../../infra/stage-config.ts';

/**
 * Whether SNS delivers a message to a subscription with the alerting
 * stack's filter policy for `filter`, as the Amazon SNS Developer Guide
 * ("Amazon SNS subscription filter policies") has it: every attribute the
 * policy names must be present, and one of its values match the
 * attribute's (for a `String.Array`, one of its elements). The attributes
 * are read as sent (`wireAttribute`), the policy as the stack makes it
 * (`filterPolicyOf`, exact values).
 *
 * @param filter - a subscription's filter, as in `infra/stages.ts`
 * @param message - a message as drafted
 * @returns true when the subscription receives it
 * @example
 * deliveredTo({ severity: ['critical'] }, alert); // true for a critical alert
 */
export function deliveredTo(filter: AlertFilter, message: Message): boolean {
  const policy = filterPolicyOf(filter);
  return Object.entries(policy).every(([name, allowed]) => {
    const value = message.attributes[name as keyof MessageAttributes];
    if (value === undefined) return false;
    const wire = wireAttribute(value);
    const values: unknown[] =
      wire.dataType === 'String.Array' ? JSON.parse(wire.value) : [wire.value];
    return values.some((v) => allowed.conditions.includes(v));
  });
}
