import type { Config } from '#lib/config';
import type { Evaluation } from '#lib/domain/evaluation';
import type { Message } from '#lib/domain/message';
import { compareNames } from '#lib/domain/name-order';
import {
  type HandedOver,
  renderHandoverMessage,
} from '#lib/report/email-handover';
import { type HeldSeverities, heldSeverity } from './notification-held.ts';
import { formerOwnersAfter } from './notification-owner.ts';
import type { NotificationState } from './notification-state.ts';
import type { HandoverRelease, NotificationUnit } from './notification-unit.ts';
import { byUnit } from './notification-units.ts';
import { atRisk } from './notify-reason.ts';

/** What planning a handover reads. */
export interface HandoverInput {
  readonly state: NotificationState;
  readonly asOf: string;
  readonly config: Config;
  /** Groups renamed in links.csv since told, new key → old (`followRenames`). */
  readonly renamed?: ReadonlyMap<string, string>;
}

/**
 * The "handed over" messages of one unit: for each former owner holding
 * the open alert of one of its groups (`formerOwnersAfter`: the owner
 * last told, where the group's owner changed since, and those whose
 * handover is still owed), one message saying which bundles are now
 * whose. In an alert's unit they go once the alert is accepted
 * (`NotificationUnit.leading`); each former owner's, once accepted (in
 * parts, each part once accepted), lets it go of the groups it names
 * (`HandoverRelease`): refused, or a run killed before it, only it goes
 * again, never the alert, and of a message in parts only the refused
 * part (docs/architecture.md "A bundle handed over", "A message in
 * parts").
 *
 * @param input - the state, date and configuration, and the groups
 *   renamed since told (`followRenames`), named by their old key too
 * @param unit - the ISP or (new) owner of the alert
 * @param mine - the unit's groups at risk
 * @returns the messages, by former owner in name order, and what each
 *   former owner's release; none when no group changed owner
 * @example
 * planHandovers({ state, asOf, config }, 'Acme', groups).releases[0]?.owner;
 * // 'emea-peering'
 */
export function planHandovers(
  input: HandoverInput,
  unit: string,
  mine: readonly Evaluation[],
): { messages: Message[]; releases: HandoverRelease[] } {
  const byFormer = new Map<string, HandedOver[]>();
  for (const group of mine) {
    const told = input.state.groups[group.key];
    if (told === undefined) continue;
    const was = input.renamed?.get(group.key);
    for (const former of formerOwnersAfter(told, group.owner, was)) {
      const { owner, severity, notifiedOn, toldKey } = former;
      const handed = { group, toldSeverity: severity, notifiedOn };
      const one = toldKey === undefined ? handed : { ...handed, toldKey };
      byFormer.set(owner, [...(byFormer.get(owner) ?? []), one]);
    }
  }
  const releases = [...byFormer.entries()]
    .sort(([a], [b]) => compareNames(a, b))
    .map(([from, groups]) => {
      const { asOf, config } = input;
      const { messages, groups: partGroups } = renderHandoverMessage({
        ...{ asOf, from, unit, groups, config },
      });
      return { owner: from, messages, partGroups };
    });
  return { messages: releases.flatMap((r) => r.messages), releases };
}

/**
 * The handovers still owed with no alert to ride with: a group whose
 * alert its owner now had accepted, the handover to a former owner not
 * (`formerOwners`), still at risk as the changes list holds it (cleared,
 * its "resolved" goes to every holder) and not alerted in this run (its
 * alert's unit carries them). One unit per ISP or owner, as the alert's:
 * only the handovers go, never the alert again.
 *
 * @param input - the state, date, configuration and held severities
 * @param groups - the run's group evaluations
 * @param alerted - the keys of the groups in this run's alert units
 * @returns the units
 * @example
 * planOwedHandovers({ state, asOf, config }, groups, new Set())[0]?.kind;
 * // 'handover'
 */
export function planOwedHandovers(
  input: HandoverInput & { readonly held?: HeldSeverities | undefined },
  groups: readonly Evaluation[],
  alerted: ReadonlySet<string>,
): NotificationUnit[] {
  const owed = groups.filter((g) => {
    const told = input.state.groups[g.key];
    if (told?.formerOwners === undefined || told.owner !== g.owner)
      return false;
    return (
      !alerted.has(g.key) && atRisk({ severity: heldSeverity(g, input.held) })
    );
  });
  return byUnit(owed, input.config).flatMap(([unit, mine]) => {
    const { messages, releases } = planHandovers(input, unit, mine);
    if (messages.length === 0) return [];
    return [
      { kind: 'handover' as const, unit, messages, groups: {}, releases },
    ];
  });
}
