import { closest, distance } from 'fastest-levenshtein';
import { looseName } from './input-message.ts';

/**
 * The known name a misspelt one most likely meant, as the best command
 * lines suggest a mistyped option: the one nearest within one edit (two
 * from six letters on; `horizonDay`, `leadTimeDay`, `critcal`), compared
 * loosely, or else the only name that begins with it (`renotify` for
 * `renotifyDays`, `lead_time` for `lead_time_days`), when it has at least
 * `minPrefix` letters. Undefined for a name under four letters, or when
 * none is that near, or two are: a guess would mislead (`pix`: `pni` or
 * `ix`?).
 *
 * @param known - the names taken (a configuration's keys, a file's columns)
 * @param name - the name as written
 * @param minPrefix - the fewest letters a name begun is taken from
 * @returns the name meant, or undefined
 * @example
 * likelyName(['renotifyDays', 'earlierByDays'], 'renotify'); // 'renotifyDays'
 */
export function likelyName(
  known: readonly string[],
  name: string,
  minPrefix = 4,
): string | undefined {
  const typed = looseName(name);
  const loose = known.map(looseName);
  if (loose.length === 0 || typed.length < 4) return undefined;
  const best = distance(typed, closest(typed, loose));
  const nearest = known.filter((_, i) => distance(typed, loose[i]!) === best);
  if (best <= (typed.length < 6 ? 1 : 2)) {
    return nearest.length === 1 ? nearest[0] : undefined;
  }
  if (typed.length < minPrefix) return undefined;
  const begun = known.filter((_, i) => loose[i]!.startsWith(typed));
  return begun.length === 1 ? begun[0] : undefined;
}
