import { MAX_SUBJECT } from '#lib/domain/message';

/** A subject's name: an ISP, or an owner with the ISPs it is sent for. */
export type SubjectName =
  | string
  | { readonly owner: string; readonly isps: readonly string[] };

/**
 * A subject of at most {@link MAX_SUBJECT} characters (99: SNS refuses
 * 100): `prefix + name + tail`, with the
 * name shortened (…) when needed, so the count and severity always show.
 * An owner's name, `noc (A, B, C)`, keeps the owner and whole ISP names
 * and closes its bracket, `noc (A, B, …)`: cut anywhere, it read
 * `noc (A, B,…: 8 critical`, the bracket never closed.
 *
 * @param prefix - e.g. '[Headroom] '
 * @param name - the ISP, or the owner and its ISPs
 * @param tail - e.g. ': 2 critical, 1 warning — order by 2026-12-01'
 * @returns the subject
 * @example
 * clampSubject('[Headroom] ', 'Acme', ': 1 critical'); // '[Headroom] Acme: 1 critical'
 * clampSubject('[Headroom] ', { owner: 'noc', isps: ['A', 'B'] }, ': 2 critical');
 * // '[Headroom] noc (A, B): 2 critical'
 */
export function clampSubject(
  prefix: string,
  name: SubjectName,
  tail: string,
): string {
  const room = MAX_SUBJECT - prefix.length - tail.length;
  const whole =
    typeof name === 'string' ? name : `${name.owner} (${name.isps.join(', ')})`;
  const shown =
    whole.length <= room
      ? whole
      : ((typeof name === 'string' ? undefined : ownerCut(name, room)) ??
        cut(whole, room));
  return `${prefix}${shown}${tail}`.slice(0, MAX_SUBJECT);
}

/**
 * The owner and as many of its first ISPs as fit in `room`, then `…)`;
 * undefined when not even `owner (…)` fits. The owner's own name may hold
 * brackets (`noc (EU)`): the ISPs are counted from the list, not found
 * in the text.
 */
function ownerCut(
  name: { readonly owner: string; readonly isps: readonly string[] },
  room: number,
): string | undefined {
  for (let kept = name.isps.length - 1; kept >= 0; kept--) {
    const listed = name.isps.slice(0, kept).map((isp) => `${isp}, `);
    const shown = `${name.owner} (${listed.join('')}…)`;
    if (shown.length <= room) return shown;
  }
  return undefined;
}

/** A name cut to `room` characters with `…`. */
function cut(name: string, room: number): string {
  return `${name.slice(0, Math.max(1, room - 1))}…`;
}
