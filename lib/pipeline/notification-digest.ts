import { addDays } from '#lib/domain/dates';
import type { Evaluation } from '#lib/domain/evaluation';
import type { TrafficDays } from '#lib/domain/last-traffic-day';
import { compareNames } from '#lib/domain/name-order';
import { renderDigestParts } from '#lib/report/email-digest';
import { toldInDigest } from './digest-in-part.ts';
import type { HeldSeverities } from './notification-held.ts';
import { alertHolders } from './notification-owner.ts';
import type { PlanBase } from './notification-state.ts';
import type { NotificationUnit } from './notification-unit.ts';

/**
 * The weekly digest units: one per owner on `notify.digestWeekday`, or on
 * the first run after a missed one, from the state's first day on
 * (docs/architecture.md "Stages", notify). Each lists the bundles its
 * owner has now (links.csv's `owner`, or the configuration's `owners`),
 * alerted or not; one held open whose alert other owners hold names
 * them (`alertHolders`, docs/architecture.md "A bundle handed over").
 * Of a digest in parts some of which were accepted, the rest goes on
 * the next run (`toldInDigest`, docs/architecture.md "A message in
 * parts"), and with nothing left it is done; an earlier digest's note
 * does not make an owner's digest with nothing to tell done.
 *
 * @param input - the state, date and configuration
 * @param groups - the run's group evaluations
 * @returns the units, by owner, each naming the owner whose date advances
 * @example
 * planDigests({ state, asOf: '2026-11-30', config }, groups)[0]?.kind;
 * // 'digest' on a Monday
 */
export function planDigests(
  input: DigestPlanInput,
  groups: readonly Evaluation[],
): NotificationUnit[] {
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
    .map((owner) => {
      const mine = groups.filter((g) => g.owner === owner);
      return digestUnit({ ...input, toldOwners }, { owner, due }, mine);
    })
    .filter(
      (u) => u.messages.length > 0 || toldInDigest(state, u.unit, due).size > 0,
    );
}

/** What planning the digests reads. */
type DigestPlanInput = PlanBase & {
  /** The changes list's held severities, which the lines name. */
  readonly held?: HeldSeverities | undefined;
  /** The run's data-quality report: its days with no traffic. */
  readonly quality?: TrafficDays | undefined;
};

/**
 * An owner's digest due on `due`: of a digest in parts, the rest, the
 * accepted parts' groups left out (`toldInDigest`); with nothing left
 * to tell, it has no message and is done at once.
 */
function digestUnit(
  input: DigestPlanInput & {
    readonly toldOwners: Record<string, readonly string[]>;
  },
  digest: { readonly owner: string; readonly due: string },
  mine: readonly Evaluation[],
): NotificationUnit {
  const { owner } = digest;
  const told = toldInDigest(input.state, owner, digest.due);
  const { messages, groups: partGroups } = renderDigestParts({
    asOf: input.asOf,
    owner,
    groups: mine.filter((g) => !told.has(g.key)),
    config: input.config,
    ...(input.held ? { held: input.held } : {}),
    toldOwners: input.toldOwners,
    quality: input.quality,
  });
  const unit = { kind: 'digest' as const, unit: owner, groups: {} };
  return { ...unit, messages, partGroups, digest };
}
