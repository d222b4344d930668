import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';

/**
 * When a process started, as Linux tells it: the boot's id and the start
 * time in clock ticks since boot (`/proc/<pid>/stat`, field 22), e.g.
 * `1b4e28ba-2fa1-11d2-883f-0016d3cca427/123456`; undefined where there is
 * no `/proc` (macOS) or the process is gone. A process id is reused once
 * its process is gone, and after a reboot from the start: the id alone
 * made a lock left by a killed run look held by whatever process got the
 * same number, for the lock's whole time-to-live.
 */
function startOf(pid: number | 'self'): string | undefined {
  try {
    const boot = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8');
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces.
    const ticks = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    return ticks === undefined ? undefined : `${boot.trim()}/${ticks}`;
  } catch {
    return undefined;
  }
}

/**
 * This process as a lock or mutex names its holder: the host, the process
 * id and, where Linux tells it, when the process started, e.g.
 * `ip-10-0-1-7 pid 8 started 1b4e28ba-…/123456` (docs/architecture.md
 * "Leftovers").
 */
export const THIS_PROCESS = (() => {
  const start = startOf('self');
  return `${hostname()} pid ${process.pid}${start ? ` started ${start}` : ''}`;
})();

/** A holder's name, read back: host, process id, start (when recorded). */
export interface ProcessName {
  readonly host: string;
  readonly pid: number;
  readonly start?: string;
}

/**
 * Reads the process part of a holder's name (what `THIS_PROCESS` writes,
 * or the older `<host> pid <pid>` without the start).
 *
 * @param name - the name, without what follows it (a lock's token)
 * @returns host, pid and start, or undefined when it names no process
 * @example
 * parseProcessName('web-1 pid 42'); // { host: 'web-1', pid: 42 }
 */
export function parseProcessName(name: string): ProcessName | undefined {
  const match = /^(.*) pid (\d+)(?: started (\S+))?$/.exec(name);
  if (!match) return undefined;
  return {
    host: match[1]!,
    pid: Number(match[2]),
    ...(match[3] === undefined ? {} : { start: match[3] }),
  };
}

/**
 * Whether a named process of this host is gone: no process has its id,
 * or the one that has it started at another time (or in another boot)
 * than the name records. False for another host's process, which this
 * machine cannot see.
 *
 * @param name - the holder, as `parseProcessName` reads it
 * @returns true when the process is known to be gone
 * @example
 * isGoneHere({ host: hostname(), pid: 999999999 }); // true
 */
export function isGoneHere(name: ProcessName): boolean {
  if (name.host !== hostname()) return false;
  if (name.start !== undefined) {
    const [boot] = name.start.split('/');
    const now = startOf(name.pid);
    if (now !== undefined) return now !== name.start;
    // No such process now, or no /proc: a reboot since says enough.
    const thisBoot = startOf('self')?.split('/')[0];
    if (thisBoot !== undefined && thisBoot !== boot) return true;
  }
  try {
    process.kill(name.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
