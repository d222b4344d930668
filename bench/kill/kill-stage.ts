import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TimedLine } from './timed-lines.ts';

/** The stage that follows each `stage done stage=<name>` log line. */
const NEXT: Readonly<Record<string, string>> = {
  rollup: 'plan',
  plan: 'shards',
  shards: 'publish',
  publish: 'cleanup',
};

/** The stages before the rollup's first log line. */
const EARLY = new Set(['start', 'locked']);

/** The locks a killed run left: which it held when it died. */
export interface LeftLocks {
  /** The report store's `state/run.lock`. */
  readonly run: boolean;
  /** The lake's `state/rollup.lock`, held through the rollup. */
  readonly lake: boolean;
}

/**
 * Where a run was when it was killed, from the log lines it wrote before
 * and the locks it left: `start` before any line and lock (loading, the
 * configuration), `locked` holding its run lock only (the sweep, the
 * inventory), `rollup` holding the lake's lock or after the rollup's
 * first line, then `plan`, `shards`, `publish` (the dated folder, the
 * pointer, the `latest/` copy), `notify` (with the messages written so
 * far) and `cleanup` (the run's working files, the lock, the summary).
 *
 * @param lines - the killed run's log lines
 * @param killedAtMs - when it was killed (lines after it do not count)
 * @param locks - the locks it left (default: none)
 * @returns the stage's name
 * @example
 * killStage([{ ms: 900, text: '[headroom] stage done stage=rollup …' }], 950);
 * // 'plan'
 */
export function killStage(
  lines: readonly TimedLine[],
  killedAtMs = Number.POSITIVE_INFINITY,
  locks: LeftLocks = { run: false, lake: false },
): string {
  let stage = locks.lake ? 'rollup' : locks.run ? 'locked' : 'start';
  let sent = 0;
  for (const { ms, text } of lines) {
    if (ms > killedAtMs) break;
    const done = / stage done stage=(\w+)/.exec(text)?.[1];
    if (done) stage = NEXT[done] ?? stage;
    else if (text.includes(' report published ')) stage = 'notify';
    else if (text.includes(' outbox: ')) sent += 1;
    else if (text.includes(' rollup ') && EARLY.has(stage)) stage = 'rollup';
  }
  return stage === 'notify' ? `notify (${sent} written)` : stage;
}

/**
 * Which locks a process left: those whose owner names its pid (a lock
 * names `<host> pid <pid> lock <token>`).
 *
 * @param dir - the trial folder (`out/`, `lake/`)
 * @param pid - the killed process's id
 * @returns whether it held the run lock and the lake's lock
 * @example
 * await locksLeftBy('/tmp/kill/trial', 4242); // { run: true, lake: false }
 */
export async function locksLeftBy(
  dir: string,
  pid: number,
): Promise<LeftLocks> {
  const holds = async (path: string) => {
    const text = await readFile(join(dir, path), 'utf8').catch(() => '');
    return text.includes(` pid ${pid} `);
  };
  return {
    run: await holds('out/state/run.lock'),
    lake: await holds('lake/state/rollup.lock'),
  };
}
