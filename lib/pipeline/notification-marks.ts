import type { Evaluation } from '#lib/domain/evaluation';
import { type HeldSeverities, recordDowngrades } from './notification-held.ts';
import type { GroupState, PlanBase } from './notification-state.ts';
import type { NotificationUnit } from './notification-unit.ts';

/** What clearing a group's mark reads: the state, date and held severities. */
export type MarkInput = PlanBase & {
  readonly held?: HeldSeverities | undefined;
};

/**
 * A unit with nothing to tell whose groups still carry the mark of an
 * accepted part (`inPart`): no group of the refused part is owed any
 * more (each cleared, or told since), so the marks go at once, with no
 * message, and the unit's next alert lists those groups again as an
 * alert lists every group of its unit at risk. Left, they kept the
 * groups out of that alert, a bundle still critical missing from it.
 *
 * @param input - the state, date and held severities
 * @param unit - the ISP or owner
 * @param marked - the unit's groups at risk marked `inPart`, with no
 *   reason of their own
 * @returns the unit clearing the marks; none when no group is marked
 * @example
 * clearMarks({ state, asOf, config }, 'Acme', marked)[0]?.messages; // []
 */
export function clearMarks(
  input: MarkInput,
  unit: string,
  marked: readonly Evaluation[],
): NotificationUnit[] {
  if (marked.length === 0) return [];
  const groups = Object.fromEntries(
    marked.map((g) => [g.key, unmarked(input, g)]),
  );
  return [{ kind: 'alert', unit, messages: [], groups }];
}

/**
 * A marked group's entry as the whole alert's acceptance, or the marks'
 * clearing, leaves it: without the mark (`withoutInPart`), and with the
 * run's fall from critical to warning recorded as `notify` records it
 * for every alerted group (`recordDowngrades`). The entry as planned
 * from lost the fall, and the rise back to critical went unemailed.
 *
 * @param input - the state, date and held severities
 * @param g - the marked group's evaluation
 * @returns its entry
 * @example
 * unmarked({ state, asOf: '2026-11-26', config }, warningNow).loweredOn;
 * // '2026-11-26', where it was told critical
 */
export function unmarked(input: MarkInput, g: Evaluation): GroupState {
  const entry = withoutInPart(input.state.groups[g.key]!);
  const one = { ...input.state, groups: { [g.key]: entry } };
  return recordDowngrades(one, [g], input.held, input.asOf).groups[g.key]!;
}

/**
 * An entry as the whole alert's acceptance leaves it: without the mark
 * of an accepted part (`inPart`).
 *
 * @param entry - a group's state entry
 * @returns the entry without `inPart`
 * @example
 * withoutInPart({ ...entry, inPart: '2026-11-25' }).inPart; // undefined
 */
export function withoutInPart({ inPart: _, ...entry }: GroupState): GroupState {
  return entry;
}
