import type { Evaluation } from '#lib/domain/evaluation';
import { isAtRisk, type Severity, severityRank } from '#lib/domain/vocabulary';
import { countBySeverity } from './email-message.ts';
import { plural } from './format.ts';

/**
 * How many bundles the digest lists: at watch or above by this run's own
 * severity, and at ok with an alert the changes list holds open.
 *
 * @param groups - the bundles the digest lists
 * @returns the digest's second line, without its full stop
 * @example
 * digestHeadline(groups); // '2 bundles at watch or above (1 critical, 1 watch)'
 */
export function digestHeadline(groups: readonly Evaluation[]): string {
  const atWatch = groups.filter((g) => g.severity !== 'ok');
  const open = groups.length - atWatch.length;
  const parts = [
    ...(atWatch.length > 0
      ? [
          `${plural(atWatch.length, 'bundle')} at watch or above (${countBySeverity(atWatch, 'watch')})`,
        ]
      : []),
    ...(open > 0
      ? [`${plural(open, 'bundle')} at ok whose alert is held open`]
      : []),
  ];
  return parts.join(', and ');
}

/**
 * Beneath a bundle's figures, the level its alert is held at where that
 * is above the run's own: the figures read the run's `WARNING` to a reader
 * whose alert said critical, and no email said it fell. An alert told
 * to other owners (the bundle handed over since) names them, each that
 * holds it: this reader never had it.
 *
 * @param g - the bundle's evaluation
 * @param input - the held severities, the reader and the owners told
 * @returns e.g. 'held at critical (alert open)', or ''
 * @example
 * heldNote(lhr1, { owner: 'noc', held: { [lhr1.key]: 'critical' } });
 * // 'held at critical (alert open)'
 */
export function heldNote(
  g: Evaluation,
  input: {
    readonly owner: string;
    readonly held?: Readonly<Record<string, Severity>> | undefined;
    readonly toldOwners?:
      | Readonly<Record<string, readonly string[]>>
      | undefined;
  },
): string {
  const kept = input.held?.[g.key];
  if (kept === undefined || severityRank(kept) <= severityRank(g.severity))
    return '';
  if (!isAtRisk(kept)) return '';
  const told = input.toldOwners?.[g.key];
  const to =
    told === undefined || told.includes(input.owner)
      ? ''
      : `, told to ${told.join(', ')}`;
  return `held at ${kept} (alert open${to})`;
}
