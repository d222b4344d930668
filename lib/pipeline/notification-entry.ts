import type { Evaluation } from '#lib/domain/evaluation';
import type { HeldSeverities } from './notification-held.ts';
import { formerOwnersAfter } from './notification-owner.ts';
import type { GroupState, NotificationState } from './notification-state.ts';
import { entryOf } from './notified-entry.ts';

/**
 * A group's state entry once its alert is accepted (`entryOf`), with its
 * links (recorded for a rename in links.csv, `followRenames`) and the
 * former owners that hold its alert until told of the handover
 * (`formerOwnersAfter`).
 *
 * @param input - the state, the run's date, held severities and renames
 * @param g - the group's evaluation (warning or critical)
 * @param links - its links now, if known
 * @returns the entry
 * @example
 * toldEntry({ state, asOf }, noc, ['a1']).formerOwners?.[0]?.owner;
 * // 'emea-peering', where the alert was told to it before
 */
export function toldEntry(
  input: {
    readonly state: NotificationState;
    readonly asOf: string;
    readonly held?: HeldSeverities | undefined;
    readonly renamed?: ReadonlyMap<string, string>;
  },
  g: Evaluation,
  links: readonly string[] | undefined,
): GroupState {
  const previous = input.state.groups[g.key];
  const entry = entryOf(g, input.asOf, previous, input.held);
  const was = input.renamed?.get(g.key);
  const formers = previous && formerOwnersAfter(previous, g.owner, was);
  return {
    ...entry,
    ...(formers?.length ? { formerOwners: formers } : {}),
    ...(links === undefined ? {} : { links: [...links] }),
  };
}
