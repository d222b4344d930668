import type {
  ChangeKind,
  ChangeRule,
  GroupChange,
  TrackedGroup,
} from './change-types.ts';
import { describeChange } from './describe-change.ts';
import { heldFall } from './hold-severity.ts';

/**
 * A group's listed change: its severity, order-by date, ask and growth
 * before (where tracked before) and now, the fall held back (`heldFall`,
 * given the rule), and the sentence saying it (`describeChange`).
 *
 * @param prev - the group's state from the previous run; none when new
 * @param now - its state after this run
 * @param kinds - what changed
 * @param movedDays - days the order-by date moved (0: not moved)
 * @param rule - the hysteresis parameters, for the fall held back
 * @returns the change
 * @example
 * groupChange(undefined, tracked, ['new'], 0).text;
 */
export function groupChange(
  prev: TrackedGroup | undefined,
  now: TrackedGroup,
  kinds: readonly ChangeKind[],
  movedDays: number,
  rule?: ChangeRule,
): GroupChange {
  const change: Omit<GroupChange, 'text'> = {
    key: now.key,
    isp: now.isp,
    kinds,
    severity: {
      ...(prev ? { from: prev.severity } : {}),
      to: now.severity,
      ...(rule && heldFall(now, rule)),
    },
    orderBy: {
      ...(prev?.orderByDate ? { from: prev.orderByDate } : {}),
      ...(now.orderByDate ? { to: now.orderByDate } : {}),
      ...(movedDays !== 0 ? { movedDays } : {}),
    },
    ask: {
      ...(prev ? { fromPorts: prev.askPorts, fromBps: prev.askBps } : {}),
      toPorts: now.askPorts,
      toBps: now.askBps,
    },
    growth: {
      ...(prev ? { from: prev.growthPctPerYear } : {}),
      to: now.growthPctPerYear,
    },
  };
  return { ...change, text: describeChange(change) };
}
