import { addDays, dayRuns } from '#lib/domain/dates';
import type { PartitionListing } from '#lib/ports/query-engine';
import { dayLiteral } from '#lib/sql/sql-literals';
import type { Deps } from './deps.ts';
import { planRollup } from './rollup-plan.ts';
import type { RollupPlan } from './rollup-plan-types.ts';

/** The days a rollup does, and the plan of the lake they come from. */
export interface RollupDays {
  /** Days to roll up, newest first. */
  readonly days: readonly string[];
  /** The plan, made even for explicit days (it says what is left). */
  readonly plan: RollupPlan;
}

/**
 * Chooses a rollup's days: those the lake's markers call for
 * ({@link planRollup} over the listings of the three tables), or the
 * explicit days that have traffic before as-of. The plan is made either
 * way, for the days it cannot re-roll and those it leaves for later.
 *
 * @param deps - the query engine, the logger and the configuration
 * @param input - as-of date and optionally the explicit days
 * @param traffic - the traffic table's listing
 * @param tag - the tag current markers must carry
 * @returns the days, newest first, and the plan
 * @example
 * const { days, plan } = await rollupDays(deps, { asOf }, traffic, tag);
 */
export async function rollupDays(
  deps: Pick<Deps, 'engine' | 'log' | 'config'>,
  input: { readonly asOf: string; readonly days?: readonly string[] },
  traffic: readonly PartitionListing[],
  tag: string,
): Promise<RollupDays> {
  const { engine, config } = deps;
  const plan = planRollup(
    {
      traffic,
      series: await engine.describePartitions('series_daily'),
      quality: await engine.describePartitions('quality_daily'),
    },
    {
      asOf: input.asOf,
      tag,
      lateDays: config.rollup.lateDays,
      window: {
        from: addDays(input.asOf, -config.historyDays),
        to: input.asOf,
      },
      regroupBudget: config.rollup.rebuildDaysPerRun,
    },
  );
  const days = input.days
    ? chosenDays(input.days, traffic, input.asOf, deps)
    : plan.days;
  return { days, plan };
}

/** Explicit days that have traffic before as-of, newest first. */
function chosenDays(
  requested: readonly string[],
  traffic: readonly { dt: string; files: readonly unknown[] }[],
  asOf: string,
  deps: Pick<Deps, 'log'>,
): string[] {
  for (const dt of requested) dayLiteral(dt, 'days');
  const available = new Set(
    traffic.filter((p) => p.files.length > 0 && p.dt < asOf).map((p) => p.dt),
  );
  const skipped = requested.filter((dt) => !available.has(dt));
  if (skipped.length > 0) {
    deps.log.warn('rollup skips days with no traffic before as-of', {
      days: dayRuns(skipped),
    });
  }
  return [...new Set(requested.filter((dt) => available.has(dt)))]
    .sort()
    .reverse();
}
