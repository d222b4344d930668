import type { Evaluation } from '#lib/domain/evaluation';
import type { GroupState } from './notification-state.ts';

/**
 * The change of a group's owner since it was last told, as its alert
 * says it, if any. The alert goes to the owner the evaluation carries
 * (the unit with `notify.by: owner`, `byUnit`; the `owner` attribute
 * subscriptions filter on either way, `attributesOf`), which the state
 * recorded when told (`entryOf`): both are the owner resolved from
 * links.csv's `owner` and the configuration's `owners`, so an owner
 * written in links.csv and a region's default changed alike send the
 * open alert to the new owner on the next run, where it waited for the
 * weekly reminder. An entry always has an owner: the state's schema
 * has required it since its first version.
 *
 * @param previous - what was last told of the group
 * @param e - the group's evaluation
 * @returns `owner changed: was <owner>`, or `undefined` when unchanged
 * @example
 * ownerChange({ ...told, owner: 'emea-peering' }, { ...e, owner: 'noc' });
 * // 'owner changed: was emea-peering'
 */
export function ownerChange(
  previous: Pick<GroupState, 'owner'>,
  e: Pick<Evaluation, 'owner'>,
): string | undefined {
  return previous.owner === e.owner
    ? undefined
    : `owner changed: was ${previous.owner}`;
}
