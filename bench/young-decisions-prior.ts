/**
 * The other decisions `bench/young-decisions.ts` scores beside the
 * code's: a young group decided on the level it has shown and a stated
 * growth, not on its forecast's bounds (docs/benchmarks.md, session 64).
 */
import type { YoungCase } from './young-decisions-print.ts';

/**
 * The same cases decided on the level seen and a growth prior: critical
 * when the busiest day of the last week grown by `growth` a year for the
 * lead time reaches critical, warning when it does within the lead time
 * and the warning window, else watch.
 *
 * @param cases - every young replay
 * @param growth - the yearly growth assumed, e.g. 0.5 (0: critical only
 *   where the last week already reached it)
 * @returns the cases so judged
 * @example
 * priorRule(cases, 1); // the last week's top doubling in a year
 */
export function priorRule(
  cases: readonly YoungCase[],
  growth: number,
): YoungCase[] {
  return cases.map((c) => {
    const y = c.young;
    const reach = (days: number) =>
      c.topPeak * (1 + growth) ** (days / 365) >=
      c.critical * (y.capacityBps ?? Number.NaN);
    const severity = reach(y.leadTimeDays)
      ? 'critical'
      : reach(y.leadTimeDays + 30)
        ? 'warning'
        : 'watch';
    const orderNow = severity !== 'watch';
    const crossed =
      y.outcome === 'true-positive' || y.outcome === 'false-negative';
    const outcome =
      y.outcome === 'open'
        ? 'open'
        : orderNow
          ? crossed
            ? 'true-positive'
            : 'false-positive'
          : crossed
            ? 'false-negative'
            : 'true-negative';
    return { ...c, young: { ...y, severity, orderNow, outcome } };
  });
}
