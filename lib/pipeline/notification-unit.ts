import type { Message } from '#lib/domain/message';
import type { GroupState } from './notification-state.ts';

/**
 * The handover messages to one former owner (`planHandovers`): once the
 * parts naming a group are accepted, the group no longer counts it among
 * its `formerOwners`.
 */
export interface HandoverRelease {
  /** The former owner the messages go to. */
  readonly owner: string;
  readonly messages: readonly Message[];
  /** The group keys each message (part) hands over. */
  readonly partGroups: readonly (readonly string[])[];
}

/** Messages that go out together, and what the state learns as they are accepted. */
export interface NotificationUnit {
  readonly kind: 'alert' | 'handover' | 'resolved' | 'unjudged' | 'digest';
  /** The ISP or owner the messages go to. */
  readonly unit: string;
  readonly messages: readonly Message[];
  /**
   * New entries per group key (`null` removes a resolved group), taken
   * once the `leading` messages are accepted.
   */
  readonly groups: Readonly<Record<string, GroupState | null>>;
  /**
   * Set for a digest: the owner whose digest date advances, and the
   * digest day it is for (`digestsInPart`).
   */
  readonly digest?: { readonly owner: string; readonly due: string };
  /**
   * How many of `messages`, from the first, must be accepted before the
   * others go out and `groups` is taken (all of them when unset): an
   * alert before its handovers (`publishSaving`), so that the accepted
   * alert is recorded, and never sent again, whatever becomes of them.
   */
  readonly leading?: number;
  /**
   * The group keys of each leading message (the parts of an alert, a
   * "resolved", a "not judged" or a digest): a group takes its entry (a
   * digest's, its mark) as soon as the parts naming it are accepted, so
   * that a part refused sends only its own groups again, never the
   * accepted parts' (docs/architecture.md "A message in parts").
   */
  readonly partGroups?: readonly (readonly string[])[];
  /** The unit's handovers, by former owner (`HandoverRelease`). */
  readonly releases?: readonly HandoverRelease[];
}
