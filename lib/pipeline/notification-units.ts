import type { Config } from '#lib/config';
import type { Evaluation } from '#lib/domain/evaluation';
import { compareNames } from '#lib/domain/name-order';

/**
 * The groups by the unit their messages go to: the ISP or, with
 * `notify.by: owner`, the owner; units in name order, each unit's groups
 * in the order given (evaluations, or the state's entries of groups the
 * run could not judge).
 *
 * @param groups - the group evaluations to send about
 * @param config - the configuration (`notify.by`)
 * @returns `[unit, groups]` pairs, in unit name order
 * @example
 * byUnit(groups.filter(atRisk), config).map(([unit]) => unit);
 * // ['Acme', 'Globex']
 */
export function byUnit<G extends Pick<Evaluation, 'owner' | 'isp'>>(
  groups: readonly G[],
  config: Config,
): [string, G[]][] {
  const units = new Map<string, G[]>();
  for (const g of groups) {
    const unit = unitOf(g, config);
    units.set(unit, [...(units.get(unit) ?? []), g]);
  }
  return [...units.entries()].sort(([a], [b]) => compareNames(a, b));
}

function unitOf(e: Pick<Evaluation, 'owner' | 'isp'>, config: Config) {
  return config.notify.by === 'owner' ? e.owner : e.isp;
}
