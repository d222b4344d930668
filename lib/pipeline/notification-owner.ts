import type { Evaluation } from '#lib/domain/evaluation';
import type { FormerOwner, GroupState } from './notification-state.ts';

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

/**
 * The former owners that hold a group's open alert once its alert goes
 * to `owner`: those the entry kept (`formerOwners`) and the owner last
 * told, in the order they held it, each once, without `owner`, each
 * with what it was last told; `toldKey` names the key they were told it
 * under where links.csv renamed it this run. Each is told of the
 * handover (`planHandovers`), and holds the alert until that is accepted.
 *
 * @param told - what was last told of the group
 * @param owner - its owner now
 * @param toldKey - its key when told, where renamed this run
 * @returns the former owners, earliest first
 * @example
 * formerOwnersAfter({ ...told, owner: 'emea-peering' }, 'noc')[0]?.owner;
 * // 'emea-peering'
 */
export function formerOwnersAfter(
  told: GroupState,
  owner: string,
  toldKey?: string,
): FormerOwner[] {
  const { severity, notifiedOn } = told;
  const last: FormerOwner = { owner: told.owner, severity, notifiedOn };
  const seen = new Set([owner]);
  return [...(told.formerOwners ?? []), last]
    .filter((f) => !seen.has(f.owner) && seen.add(f.owner))
    .map((f) =>
      f.toldKey !== undefined || toldKey === undefined ? f : { ...f, toldKey },
    );
}

/**
 * The owners holding a group's open alert: its former owners not yet
 * told of the handover, then the owner whose alert was last accepted.
 *
 * @param told - the group's state entry
 * @returns the owners, earliest first
 * @example
 * alertHolders({ ...told, owner: 'noc', formerOwners: [a] });
 * // ['emea-peering', 'noc']
 */
export function alertHolders(
  told: Pick<GroupState, 'owner' | 'formerOwners'>,
): string[] {
  return [...(told.formerOwners ?? []).map((f) => f.owner), told.owner];
}
