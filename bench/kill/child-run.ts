import { spawn } from 'node:child_process';
import { type FSWatcher, watch } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type TimedLine, timedLines } from './timed-lines.ts';

/** The repository's root, where `bin/headroom.js` is. */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * A moment to kill a run at: a delay after it starts (never when it is
 * infinite: the run completes), or the `nth` change
 * (a file made, renamed or removed) whose path below `folder` matches
 * `path`, seen through `fs.watch` as it happens, for the windows of a few
 * milliseconds a delay would hardly ever hit (a mutex held, a message's
 * twin written before its text).
 */
export type KillAt =
  | { readonly afterMs: number }
  | { readonly folder: string; readonly path: RegExp; readonly nth: number };

/** How a `headroom run` child ended. */
export interface ChildRun {
  readonly pid: number;
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly ms: number;
  /** Its stderr (the log), line by line with the time each arrived. */
  readonly lines: readonly TimedLine[];
  readonly stdout: string;
  /** When it was sent SIGKILL, if it was. */
  readonly killedAtMs?: number;
}

/**
 * The arguments of `headroom run` on a trial folder: its lake and
 * inventory into its `out/`, as of `asOf`, as `npm start` runs it
 * (workers left at the default, one per core; the local outbox).
 *
 * @param dir - a folder holding `lake/` and `inventory/`
 * @param asOf - the run's "today"
 * @returns the command line after `headroom`
 * @example
 * runArgs('/tmp/kill/trial', '2026-06-01');
 */
export function runArgs(dir: string, asOf: string): string[] {
  return [
    'run',
    '--lake',
    join(dir, 'lake'),
    '--inventory',
    join(dir, 'inventory'),
    '--out',
    join(dir, 'out'),
    '--as-of',
    asOf,
  ];
}

/**
 * Runs `node bin/headroom.js ARGS` as a child process and, given `kill`,
 * sends it SIGKILL at that moment (if it is still running). Resolves once
 * the process has exited and been reaped, so a later run that checks
 * whether the killed pid lives sees it gone.
 *
 * @param args - the command line after `headroom`
 * @param kill - when to kill it (default: never)
 * @returns how it ended, its log lines with their times, its stdout
 * @example
 * const run = await runChild(runArgs(dir, '2026-06-01'), { afterMs: 1500 });
 */
export function runChild(
  args: readonly string[],
  kill?: KillAt,
): Promise<ChildRun> {
  const began = performance.now();
  const since = () => Math.round(performance.now() - began);
  const child = spawn(
    process.execPath,
    [join(ROOT, 'bin', 'headroom.js'), ...args],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const stderr = timedLines(child.stderr, since);
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  let killedAtMs: number | undefined;
  const stop = armKill(kill, () => {
    killedAtMs ??= since();
    child.kill('SIGKILL');
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      stop();
      stderr.flush();
      resolve({
        pid: child.pid ?? 0,
        code,
        signal,
        ms: since(),
        lines: stderr.lines,
        stdout,
        ...(signal === 'SIGKILL' ? { killedAtMs } : {}),
      });
    });
  });
}

/** Calls `fire` at the moment `kill` names; returns what disarms it. */
function armKill(kill: KillAt | undefined, fire: () => void): () => void {
  if (kill === undefined) return () => {};
  if ('afterMs' in kill) {
    if (!Number.isFinite(kill.afterMs)) return () => {};
    const timer = setTimeout(fire, kill.afterMs);
    return () => clearTimeout(timer);
  }
  let seen = 0;
  const watcher: FSWatcher = watch(
    kill.folder,
    { recursive: true },
    (_event, name) => {
      if (name && kill.path.test(name) && ++seen === kill.nth) fire();
    },
  );
  // A folder removed under the recursive watch can raise an error event,
  // which unheard would end the benchmark; a kill it missed shows as a
  // trial that finished (`runAimedTrial` tries it again).
  watcher.on('error', () => {});
  return () => watcher.close();
}

/** The last lines a run wrote, for a message. */
export function tail(run: ChildRun): string {
  const lines = run.lines.slice(-3).map((l) => l.text);
  return `exit ${run.code ?? run.signal}: ${lines.join(' | ')}`;
}
