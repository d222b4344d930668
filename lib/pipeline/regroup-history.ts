import { createHash } from 'node:crypto';
import { z } from 'zod';
import { addDays, isIsoDay } from '#lib/domain/dates';
import type { InventoryLink } from '#lib/domain/inventory';
import type { Deps } from './deps.ts';
import { listDays } from './load-series.ts';
import { rollupLake } from './rollup.ts';

/** Where the grouping the lake's series were rolled up with is recorded. */
export const ROLLUP_STATE = 'state/rollup.json';

/** What `state/rollup.json` holds. */
const ROLLUP_STATE_SCHEMA = z.object({
  /** Fingerprint of the link → group/ISP membership and rollup options. */
  fingerprint: z.string(),
  /** Days before this one still carry an earlier grouping. */
  regroupBefore: z.string().refine(isIsoDay).optional(),
});
type RollupState = z.output<typeof ROLLUP_STATE_SCHEMA>;

/**
 * Group and ISP series are rolled up from raw samples with the inventory's
 * grouping at the time. When links.csv moves a link to another group or
 * ISP, this rolls the history window up again with the new grouping,
 * newest day first and at most `rollup.rebuildDaysPerRun` days per run,
 * recording its progress so the next run goes on where it stopped.
 *
 * @param deps - engine, report store (for the state), logger, config
 * @param links - the inventory's links
 * @param window - the history window `[from, to)` the forecast reads
 * @returns the first day whose series use the current grouping, or
 *   undefined when the whole window does
 * @example
 * const stale = await regroupHistory(deps, inventory.links, window);
 */
export async function regroupHistory(
  deps: Pick<Deps, 'engine' | 'reports' | 'log' | 'config'>,
  links: readonly InventoryLink[],
  window: { readonly from: string; readonly to: string },
): Promise<string | undefined> {
  const fingerprint = fingerprintOf(links, deps.config.dataQuality.spikeFactor);
  const state = await readState(deps);
  // No record yet: the lake's series are taken to match this inventory.
  let pending =
    state === undefined
      ? undefined
      : state.fingerprint !== fingerprint
        ? window.to
        : state.regroupBefore;
  if (pending !== undefined && pending > window.from) {
    const from = maxDay(
      window.from,
      addDays(pending, -deps.config.rollup.rebuildDaysPerRun),
    );
    const days = listDays({ from, to: pending });
    deps.log.info('links.csv regrouped links: rolling up history again', {
      from,
      to: pending,
    });
    await rollupLake(deps, { asOf: window.to, days });
    pending = from > window.from ? from : undefined;
  } else {
    pending = undefined;
  }
  await writeState(deps, {
    fingerprint,
    ...(pending ? { regroupBefore: pending } : {}),
  });
  return pending;
}

function fingerprintOf(links: readonly InventoryLink[], spikeFactor: number) {
  const lines = links.map((l) => `${l.linkId}\t${l.group}\t${l.isp}`).sort();
  return createHash('sha256')
    .update(`${spikeFactor}\n${lines.join('\n')}`)
    .digest('hex');
}

const maxDay = (a: string, b: string) => (a > b ? a : b);

async function readState(deps: Pick<Deps, 'reports' | 'log'>) {
  const bytes = await deps.reports.get(ROLLUP_STATE);
  if (bytes === undefined) return undefined;
  try {
    return ROLLUP_STATE_SCHEMA.parse(
      JSON.parse(new TextDecoder().decode(bytes)),
    );
  } catch (error) {
    // Valid JSON of the wrong shape (null, a bad date) too: rebuilt, once.
    deps.log.warn(`${ROLLUP_STATE} is unreadable: rolling up history again`, {
      error: (error as Error).message.slice(0, 300),
    });
    return { fingerprint: '' };
  }
}

async function writeState(deps: Pick<Deps, 'reports'>, state: RollupState) {
  await deps.reports.put(
    ROLLUP_STATE,
    `${JSON.stringify(state, null, 2)}\n`,
    'application/json',
  );
}
