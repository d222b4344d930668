import { SEVERITIES, severityRank } from '#lib/domain/vocabulary';
import type { TrackedGroup } from './change-types.ts';

/**
 * The streaks a state written before they were kept stands for: its
 * `rawSeverity` below the held one is one run below each level between,
 * the previous run's.
 *
 * @param prev - a tracked group from the previous run
 * @param previousAsOf - the previous run's date
 * @returns the group with `belowSince`
 * @example
 * withStreaks({ ...prev, severity: 'critical', rawSeverity: 'warning' }, '2026-11-19')
 *   .belowSince; // { critical: '2026-11-19' }
 */
export function withStreaks(
  prev: TrackedGroup,
  previousAsOf: string,
): TrackedGroup {
  if (prev.belowSince !== undefined) return prev;
  const raw = severityRank(prev.rawSeverity);
  const held = severityRank(prev.severity);
  if (raw >= held) return prev;
  const levels = SEVERITIES.slice(raw + 1, held + 1);
  return {
    ...prev,
    belowSince: Object.fromEntries(levels.map((l) => [l, previousAsOf])),
  };
}
