import { addDays } from '#lib/domain/dates';
import type { Evaluation } from '#lib/domain/evaluation';
import type { TrafficDays } from '#lib/domain/last-traffic-day';
import { compareNames } from '#lib/domain/name-order';
import { renderDigest } from '#lib/report/email-digest';
import type { HeldSeverities } from './notification-held.ts';
import { alertHolders } from './notification-owner.ts';
import type { PlanBase } from './notification-state.ts';

/**
 * The weekly digest units: one per owner on `notify.digestWeekday`, or on
 * the first run after a missed one, from the state's first day on
 * (docs/architecture.md "Stages", notify). Each lists the bundles its
 * owner has now (links.csv's `owner`, or the configuration's `owners`),
 * alerted or not; one held open whose alert other owners hold names
 * them (`alertHolders`, docs/architecture.md "A bundle handed over").
 *
 * @param input - the state, date and configuration
 * @param groups - the run's group evaluations
 * @returns the units, by owner, each naming the owner whose date advances
 * @example
 * planDigests({ state, asOf: '2026-11-30', config }, groups)[0]?.kind;
 * // 'digest' on a Monday
 */
export function planDigests(
  input: PlanBase & {
    /** The changes list's held severities, which the lines name. */
    readonly held?: HeldSeverities | undefined;
    /** The run's data-quality report: its days with no traffic. */
    readonly quality?: TrafficDays | undefined;
  },
  groups: readonly Evaluation[],
) {
  const { state, asOf, config } = input;
  const weekday = new Date(`${asOf}T00:00:00Z`).getUTCDay();
  const due = addDays(asOf, -((weekday - config.notify.digestWeekday + 7) % 7));
  if (due < state.since) return [];
  const owners = [...new Set(groups.map((g) => g.owner))].sort(compareNames);
  // Each owner holding an open alert (`alertHolders`): a new owner whose
  // alert went out, its handover not yet, names no other beside it.
  const toldOwners = Object.fromEntries(
    Object.entries(state.groups).map(([key, told]) => [
      key,
      alertHolders(told),
    ]),
  );
  return owners
    .filter((owner) => (state.digests[owner] ?? '') < due)
    .map((owner) => ({
      kind: 'digest' as const,
      unit: owner,
      messages: renderDigest({
        asOf,
        owner,
        groups: groups.filter((g) => g.owner === owner),
        config,
        ...(input.held ? { held: input.held } : {}),
        toldOwners,
        quality: input.quality,
      }),
      groups: {},
      digestOwner: owner,
    }))
    .filter((unit) => unit.messages.length > 0);
}
