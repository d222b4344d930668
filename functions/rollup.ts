import { z } from 'zod';
import { toDay } from '#lib/domain/dates';
import { rollupLake } from '#lib/pipeline/rollup';
import { lambdaStage } from '#lib/wiring/lambda-stage';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
/** `{ asOf }` from the state machine; `days` for a manual re-run. */
const RollupEvent = z.strictObject({
  asOf: day.optional(),
  days: z.array(day).optional(),
});

/**
 * Rolls up the days not done yet (or the event's days) before as-of, and
 * returns the as-of date with the summary for the next stage.
 */
export const handler = lambdaStage(RollupEvent, async (deps, input) => {
  const asOf = input.asOf ?? toDay(deps.clock.now());
  const summary = await rollupLake(deps, { asOf, days: input.days });
  return { asOf, ...summary };
});
