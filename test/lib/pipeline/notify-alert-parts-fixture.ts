import type { Evaluation } from '#lib/domain/evaluation';
import { group, notifier, run } from './notify-fixture.ts';

/**
 * Acme's critical bundles at `n` sites (`S0000`…), enough for an alert in
 * several parts.
 *
 * @example
 * siteBundles(600)[0]!.key; // 'Acme/S0000/ix'
 */
export const siteBundles = (n: number): Evaluation[] =>
  Array.from({ length: n }, (_, i) => ({
    ...group('Acme', 'critical', '2026-12-20'),
    key: `Acme/S${String(i).padStart(4, '0')}/ix`,
    site: `S${String(i).padStart(4, '0')}`,
  }));

/**
 * Runs 11-25 with Acme's alert of 600 bundles in parts, its part 2
 * refused: the bundles its part 1 told, and the others cleared (at ok),
 * for the next day's run.
 *
 * @example
 * const { stayed, cleared } = await part2Refused(); // 312, 288
 */
export async function part2Refused(): Promise<{
  stayed: Evaluation[];
  cleared: Evaluation[];
}> {
  const evaluations = siteBundles(600);
  notifier.refuse.add('2026-11-25/alert/acme/2');
  await run('2026-11-25', evaluations);
  notifier.refuse.clear();
  const part1 = notifier.accepted[0]!.body;
  const stayed = evaluations.filter((g) => part1.includes(g.site));
  const cleared = evaluations
    .filter((g) => !part1.includes(g.site))
    .map((g) => ({ ...g, severity: 'ok' as const }));
  return { stayed, cleared };
}
