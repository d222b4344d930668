import { addDays } from '#lib/domain/dates';
import { whollyDown } from '#lib/domain/wholly-down';
import type { CapacityRule } from './types.ts';

/**
 * N-1 headroom (docs/architecture.md "Data contracts"): whether the current peak fits the
 * capacity left with the largest member link down, and the first day the
 * upper-bound forecast no longer fits it. A single link has no N-1 (the
 * capacity left is 0). Link-level series are not judged (always ok). The
 * days a what-if has the whole bundle down are left out of the breach:
 * no link of it is up to fail, and the reports name that outage
 * (`outageRule`). A bundle down today does not hold N-1 (nothing of it
 * carries the peak), so it is not ok; its breach is still the first day
 * it is up and N-1 fails, as for the same outage beginning tomorrow (the
 * as-of date, a day it is down, told nothing the outage did not).
 *
 * @example
 * n1Rule.evaluate(context, {}); // { n1Ok: true, n1BreachDate: '2027-04-02' }
 */
export const n1Rule: CapacityRule = {
  id: 'n1',
  description:
    'The peak fits the capacity left with the largest link down; the ' +
    'first day the upper-bound forecast no longer does',
  evaluate({ level, capacity, largestLinkBps, lastPeakBps, upper, asOf }) {
    if (level === 'link') return { n1Ok: true };
    const left = capacity.map((bps) => Math.max(0, bps - largestLinkBps));
    const up = (day: number) => !whollyDown(capacity[day] ?? 0);
    const n1Ok = up(0) && lastPeakBps <= (left[0] ?? 0);
    if (up(0) && !n1Ok) return { n1Ok, n1BreachDate: asOf };
    const day = upper.findIndex(
      (demand, index) =>
        up(index) && Number.isFinite(demand) && demand > left[index]!,
    );
    return day < 0 ? { n1Ok } : { n1Ok, n1BreachDate: addDays(asOf, day) };
  },
};
