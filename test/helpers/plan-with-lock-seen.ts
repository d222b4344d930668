import { ROLLUP_LOCK_KEY } from '#lib/domain/vocabulary';
import { planRun } from '#lib/pipeline/plan-run';
import { closeDeps, configWith, SCALE_AS_OF, scaleDeps } from './scale-run.ts';

/** How a plan holds the lake's lock (`planRun`'s `lakeLock`). */
export type PlanLakeLock = Parameters<typeof planRun>[1]['lakeLock'];

/**
 * Plans into `out` from the scale lake at `dir`, returning the run's
 * quality report and plan, and the lake's lock as it was at the plan's
 * first report read (`plan-lake-lock.test.ts`).
 */
export async function planWithLockSeen(
  dir: string,
  out: string,
  lakeLock?: PlanLakeLock,
) {
  const deps = await scaleDeps(dir, out, configWith({ historyDays: 30 }));
  let lock: Uint8Array | undefined;
  const reports = Object.assign(Object.create(deps.reports), {
    async get(key: string) {
      lock ??= await deps.lake.get(ROLLUP_LOCK_KEY);
      return deps.reports.get(key);
    },
  }) as typeof deps.reports;
  try {
    const planned = { asOf: SCALE_AS_OF, lakeLock };
    const { runId } = await planRun({ ...deps, reports }, planned);
    const read = async (name: string) =>
      JSON.parse(
        new TextDecoder().decode(
          await deps.reports.get(`runs/${runId}/${name}`),
        ),
      ) as Record<string, unknown>;
    return {
      quality: await read('quality.json'),
      plan: await read('plan.json'),
      lock: JSON.parse(new TextDecoder().decode(lock)),
    };
  } finally {
    await closeDeps(deps);
  }
}
