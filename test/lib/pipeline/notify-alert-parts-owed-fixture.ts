import type { Evaluation } from '#lib/domain/evaluation';
import { type NotifyDeps, notify } from '#lib/pipeline/notify';
import { deps } from './notify-fixture.ts';
import { longBundles, toldPerAddress } from './notify-parts-fixture.ts';
import {
  acceptedBySns as accepted,
  notifier,
  snsRefusing as sns,
} from './notify-sns-fixture.ts';

/** Acme's 600 critical bundles of emea-peering: an alert in 4 parts. */
export const BUNDLES = longBundles('critical');

/** A bundle of Acme newly critical (site S0600) beside the 600. */
export const FRESH: Evaluation = {
  ...BUNDLES[0]!,
  key: BUNDLES[0]!.key.replace('S0000', 'S0600'),
  site: BUNDLES[0]!.site.replace('S0000', 'S0600'),
};

/**
 * {@link BUNDLES} with those of `gone` at ok: their alert no longer
 * needed.
 *
 * @example
 * withCleared(refused).filter((g) => g.severity === 'ok').length; // 150
 */
export const withCleared = (gone: readonly Evaluation[]): Evaluation[] =>
  BUNDLES.map((g) =>
    gone.includes(g) ? { ...g, severity: 'ok', orderByDate: undefined } : g,
  );

/** The bundle's pair as `toldPerAddress` counts it (`S0000 → emea-peering`). */
const pair = (g: Evaluation) => `${g.site.slice(0, 5)} → emea-peering`;

/**
 * Sends a day's notifications over SNS (or `with_`'s notifier, to kill
 * the run); returns what SNS accepted.
 *
 * @example
 * const told = await day('2026-11-26', [...BUNDLES, FRESH]);
 */
export async function day(
  asOf: string,
  evaluations: readonly Evaluation[],
  with_: NotifyDeps = { ...deps, notifier },
) {
  const before = accepted.length;
  await notify(with_, { asOf, evaluations });
  return accepted.slice(before);
}

/** Makes SNS refuse the part 2 of every message in parts. */
export const refusePart2 = () =>
  sns((input) => (input.Subject ?? '').includes('(part 2/'));

/**
 * The bundles of {@link BUNDLES} that no message SNS accepted told.
 *
 * @example
 * notTold().length; // 150, where part 2 of 4 was refused
 */
export function notTold(): Evaluation[] {
  const told = toldPerAddress(accepted);
  return BUNDLES.filter((g) => told[pair(g)] === undefined);
}

/**
 * Runs 11-25 with Acme's alert of {@link BUNDLES}, SNS refusing its
 * part 2: that part's bundles.
 *
 * @example
 * const refused = await part2Refused(); // 150 bundles
 */
export async function part2Refused(): Promise<Evaluation[]> {
  refusePart2();
  await day('2026-11-25', BUNDLES);
  sns(() => false);
  return notTold();
}

/**
 * Each bundle told once to emea-peering, as `toldPerAddress` counts.
 *
 * @example
 * toldPerAddress(next); // toEqual(once(atRisk))
 */
export const once = (groups: readonly Evaluation[]) =>
  Object.fromEntries(groups.map((g) => [pair(g), 1]));
