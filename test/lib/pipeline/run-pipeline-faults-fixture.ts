import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { DEFAULT_CONFIG } from '#lib/config';
import { addDays } from '#lib/domain/dates';
import type { Deps } from '#lib/pipeline/deps';
import { runPipeline } from '#lib/pipeline/run-pipeline';
import type { Notifier } from '#lib/ports/notifier';
import type { ObjectStore } from '#lib/ports/object-store';
import { buildLocalDeps } from '#lib/wiring/local';
import type { Killer } from '../../helpers/fault-injection.ts';
import {
  removeDir,
  type TrafficSample,
  writeLinksCsv,
  writeTrafficDay,
} from '../../helpers/lake.ts';

// Two ISPs, one bundle each, growing into critical within the lead time,
// so that each run publishes a report and sends two alerts.
const START = '2026-01-01';
const DAYS = 70;
const AS_OF = addDays(START, DAYS);
const ISPS = ['Acme', 'Beta'];
/** The runs' time, `minutes` after 06:00 of the as-of date. */
export const at = (minutes: number) =>
  new Date(Date.parse(`${AS_OF}T06:00:00Z`) + minutes * 60_000);

/**
 * A lake of 70 days of two growing ISPs, rolled up once (a warm-up run)
 * before the calling file's tests, and removed after.
 *
 * @returns the folder, and `runOn`: a run on a report store and a
 *   notifier, killed after `killer`'s k-th step, `minutes` after 06:00
 */
export function useFaultLake() {
  const root = mkdtempSync(join(tmpdir(), 'headroom-faults-'));
  let deps: Deps;

  beforeAll(async () => {
    deps = await warmUpLake(root);
  }, 300_000);

  afterAll(async () => {
    await deps.engine.close();
    await removeDir(root);
  });

  /** A run on `store` with `notifier`, killed after `killer`'s k-th step. */
  function runOn(
    store: ObjectStore,
    notifier: Notifier,
    killer: Killer,
    minutes: number,
  ) {
    return runPipeline(
      {
        ...deps,
        reports: killer.store(store),
        notifier: killer.notifier(notifier),
        clock: { now: () => at(minutes) },
      },
      { asOf: AS_OF },
    );
  }

  return { root, runOn };
}

/** Writes the lake and inventory under `root` and rolls them up once. */
async function warmUpLake(root: string): Promise<Deps> {
  await writeLinksCsv(
    join(root, 'inventory'),
    ISPS.map((isp) => ({
      linkId: `${isp}-1`,
      isp,
      site: 'LHR1',
      linkType: 'pni',
      capacityBps: 100e9,
    })),
  );
  for (let day = 0; day < DAYS; day += 1) {
    await writeTrafficDay(
      join(root, 'lake'),
      addDays(START, day),
      samplesOf(day),
    );
  }
  const deps = await buildLocalDeps({
    lake: join(root, 'lake'),
    inventory: join(root, 'inventory'),
    out: join(root, 'warm-up'),
    config: DEFAULT_CONFIG,
    quiet: true,
    clock: { now: () => at(0) },
  });
  // Rolls the lake up once; later runs redo only the last day.
  await runPipeline(deps, { asOf: AS_OF });
  return deps;
}

function samplesOf(day: number): TrafficSample[] {
  const date = addDays(START, day);
  return ISPS.flatMap((isp) =>
    Array.from({ length: 24 }, (_, hour) => ({
      ts: `${hour === 23 ? addDays(date, 1) : date}T${String((hour + 1) % 24).padStart(2, '0')}:00:00Z`,
      linkId: `${isp}-1`,
      outBps: (50 + 0.5 * day) * 1e9,
      capacityBps: 100e9,
    })),
  );
}
