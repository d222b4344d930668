import type { Message } from '#lib/domain/message';
import type { GroupState } from './notification-state.ts';

/**
 * The handover messages to one former owner (`planHandovers`): once all
 * are accepted, the groups they name no longer count it among their
 * `formerOwners`.
 */
export interface HandoverRelease {
  /** The former owner the messages go to. */
  readonly owner: string;
  /** The group keys they hand over. */
  readonly keys: readonly string[];
  readonly messages: readonly Message[];
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
  /** Set for a digest: the owner whose digest date advances. */
  readonly digestOwner?: string;
  /**
   * How many of `messages`, from the first, must be accepted before the
   * others go out and `groups` is taken (all of them when unset): an
   * alert before its handovers (`publishSaving`), so that the accepted
   * alert is recorded, and never sent again, whatever becomes of them.
   */
  readonly leading?: number;
  /**
   * The group keys of each leading message (an alert's parts): a part's
   * groups take their entries as soon as it is accepted, so that a part
   * refused sends only its own groups again, never the accepted parts'.
   */
  readonly partGroups?: readonly (readonly string[])[];
  /** The unit's handovers, by former owner (`HandoverRelease`). */
  readonly releases?: readonly HandoverRelease[];
}
