import { cp, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { checkAfterKill, checkFinal } from './check-final.ts';
import { type KillAt, runArgs, runChild, tail } from './child-run.ts';
import { killStage, locksLeftBy } from './kill-stage.ts';
import { ageLeftovers, listLeftovers, newLeftovers } from './leftovers.ts';
import type { KillBench } from './prepare.ts';

/** One kill: when it was sent and where the run was. */
export interface Kill {
  /** The delay (`1834 ms`) or the change it waited for. */
  readonly at: string;
  /** The stage (`killStage`), or `finished` when it ended before. */
  readonly stage: string;
  /** A run that finished before its kill: its wall time. */
  readonly ranMs?: number;
}

/** What a trial found. */
export interface TrialResult {
  readonly kills: readonly Kill[];
  /** The run after the kills, to completion. */
  readonly finalMs: number;
  /** Each broken promise, in words; none when the trial passed. */
  readonly problems: readonly string[];
  /** What the killed runs left that the final run kept (by design). */
  readonly left: readonly string[];
}

/**
 * One trial: a fresh copy of the sample, a run killed (SIGKILL) at each
 * moment in turn (checked for what readers see, `checkAfterKill`), then a
 * run to completion, whose outputs must equal the reference's
 * (`checkFinal`). A moment's `folder` is below the trial folder (made
 * first, so it can be watched). With `sweep`, the killed runs' leftovers
 * are then dated back 8 days and one more run must remove them.
 *
 * @param bench - from {@link prepareKillBench}
 * @param moments - when to kill each run before the last
 * @param sweep - also check that a later run clears what the kills left
 * @returns the kills, the final run's time, the problems and leftovers
 * @example
 * const result = await runTrial(bench, [{ afterMs: 1800 }, { afterMs: 600 }]);
 */
export async function runTrial(
  bench: KillBench,
  moments: readonly KillAt[],
  sweep = false,
): Promise<TrialResult> {
  await rm(bench.trial, { recursive: true, force: true });
  await cp(bench.sample, bench.trial, { recursive: true });
  const args = runArgs(bench.trial, bench.asOf);
  const kills: Kill[] = [];
  const problems: string[] = [];
  for (const moment of moments) {
    const { kill, found } = await killRun(bench, args, moment);
    kills.push(kill);
    problems.push(...found);
  }
  const before = await listLeftovers(bench.trial);
  const final = await runChild(args);
  problems.push(...(await checkFinal(bench, final)));
  const left = await listLeftovers(bench.trial);
  const own = newLeftovers(before, left);
  if (own.length > 0) problems.push(`the final run left ${own.join(', ')}`);
  if (sweep && left.length > 0 && problems.length === 0) {
    await ageLeftovers(bench.trial, left, 8);
    const later = await runChild(args);
    const kept = await listLeftovers(bench.trial);
    if (later.code !== 0)
      problems.push(`the sweeping run failed: ${tail(later)}`);
    if (kept.length > 0)
      problems.push(`8 days on, a run kept ${kept.join(', ')}`);
  }
  return { kills, finalMs: final.ms, problems, left };
}

/** An aimed trial's result, with how many tries it took. */
export interface AimedResult extends TrialResult {
  readonly tries: number;
}

/**
 * An aimed trial (`killTargets`), run again, up to `tries` times in all,
 * while its last kill missed: the run had finished before the change it
 * waited for reached this process, as a loaded machine can delay it past
 * the run's last milliseconds. A missed kill proves nothing, so it is not
 * a pass; a trial that found a problem is not run again.
 *
 * @param bench - from {@link prepareKillBench}
 * @param moments - when to kill each run before the last
 * @param sweep - as for {@link runTrial}
 * @param tries - how many times at most
 * @returns the last try's result and the number of tries
 * @example
 * const result = await runAimedTrial(bench, target.moments);
 */
export async function runAimedTrial(
  bench: KillBench,
  moments: readonly KillAt[],
  sweep = false,
  tries = 3,
): Promise<AimedResult> {
  for (let tried = 1; ; tried++) {
    const result = await runTrial(bench, moments, sweep);
    const missed = result.kills.at(-1)?.stage === 'finished';
    if (!missed || result.problems.length > 0 || tried >= tries) {
      return { ...result, tries: tried };
    }
  }
}

/**
 * One run killed at `moment`: where it was, and what its kill left wrong
 * for readers; a run that ends before the moment must have succeeded.
 */
async function killRun(
  bench: KillBench,
  args: readonly string[],
  moment: KillAt,
): Promise<{ kill: Kill; found: string[] }> {
  const run = await runChild(args, await inTrial(bench.trial, moment));
  const at = describe(moment);
  if (!run.signal) {
    const found = run.code === 0 ? [] : [`a run not killed ${tail(run)}`];
    return { kill: { at, stage: 'finished', ranMs: run.ms }, found };
  }
  const locks = await locksLeftBy(bench.trial, run.pid);
  const stage = killStage(run.lines, run.killedAtMs, locks);
  const found = await checkAfterKill(join(bench.trial, 'out'));
  return { kill: { at, stage }, found };
}

/** A moment with its folder below the trial folder, made first. */
async function inTrial(trial: string, moment: KillAt): Promise<KillAt> {
  if ('afterMs' in moment) return moment;
  const folder = join(trial, moment.folder);
  await mkdir(folder, { recursive: true });
  return { ...moment, folder };
}

/** A moment in words: `1834 ms`, or the change it waits for. */
function describe(moment: KillAt): string {
  if ('afterMs' in moment) {
    return Number.isFinite(moment.afterMs) ? `${moment.afterMs} ms` : 'none';
  }
  return `change ${moment.nth} of ${moment.folder}/${moment.path.source}`;
}
