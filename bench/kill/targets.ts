import type { KillAt } from './child-run.ts';

/** A kill aimed at a window a random delay would hardly ever hit. */
export interface KillTarget {
  readonly name: string;
  /** When to kill each run before the one that completes. */
  readonly moments: readonly KillAt[];
}

/** A run that is not killed: it completes. */
const COMPLETES: KillAt = { afterMs: Number.POSITIVE_INFINITY };

/** A kill at the `nth` change below `folder` whose path matches `path`. */
const changeIn =
  (folder: 'out' | 'lake') =>
  (path: string, nth = 1): KillAt => ({ folder, path: new RegExp(path), nth });
const out = changeIn('out');
const lake = changeIn('lake');

/**
 * Kills at the narrow windows of a run, each triggered by the change it
 * follows (folders below the trial folder): a few milliseconds that a
 * delay drawn over seconds would hit about once in a thousand kills.
 *
 * @param asOf - the runs' as-of date
 * @returns the targets, each with its moments
 * @example
 * for (const t of killTargets('2026-06-01')) await runTrial(bench, t.moments);
 */
export function killTargets(asOf: string): KillTarget[] {
  const day = asOf.replaceAll('-', '\\-');
  return [
    ...rollupTargets(),
    {
      name: "taking over a killed run's lock (holding its mutex)",
      moments: [
        out('^runs/[^/]+/plan\\.json$'),
        out('^state/run\\.lock\\.cas-lock$'),
      ],
    },
    {
      name: 'a rerun of the day rewriting its dated folder',
      moments: [COMPLETES, out(`^reports/${day}/[^/]+$`, 3)],
    },
    {
      name: 'the latest/ copy, after the pointer switch',
      moments: [out('^reports/latest/[^/]+$', 4)],
    },
    {
      name: "an outbox message's twin written, its text not yet",
      // The day's outbox folder is watched itself, made before the run
      // (`inTrial`): a folder the run made would be watched only once
      // Node's recursive watch caught up with it, and a missed change
      // would let the run finish.
      moments: [
        { folder: `out/outbox/${asOf}`, path: /^02-[^/]+\.json$/, nth: 1 },
      ],
    },
    {
      name: 'saving the notification state (holding its mutex)',
      moments: [out('^state/notifications\\.json\\.cas-lock$')],
    },
  ];
}

/** Kills while the rollup places a day's files, first run and rerun. */
function rollupTargets(): KillTarget[] {
  return [
    {
      name: 'rollup placing its days (new files in, old ones not yet out)',
      moments: [lake('^series_daily/dt=[^/]+/part-[^/]+\\.parquet$', 5)],
    },
    {
      name: 'a rerun of the day re-rolling its late days',
      moments: [
        COMPLETES,
        lake('^series_daily/dt=[^/]+/part-[^/]+\\.parquet$', 2),
      ],
    },
  ];
}
