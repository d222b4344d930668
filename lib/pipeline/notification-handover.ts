import type { Config } from '#lib/config';
import type { Evaluation } from '#lib/domain/evaluation';
import type { Message } from '#lib/domain/message';
import { compareNames } from '#lib/domain/name-order';
import {
  type HandedOver,
  renderHandoverMessage,
} from '#lib/report/email-handover';
import { ownerChange } from './notification-owner.ts';
import type { NotificationState } from './notification-state.ts';

/**
 * The "handed over" messages of one alert unit: for each former owner of
 * its groups whose owner changed since they were last told
 * (`ownerChange`), one message saying which bundles are now whose. They
 * go out in the alert's unit, so that the state records the new owner
 * only once the alert and these were all accepted: refused, or a run
 * killed before them, they are planned again with the alert, and a
 * same-day rerun skips the ones accepted (docs/architecture.md "A bundle
 * handed over").
 *
 * @param input - the state, date and configuration, and the groups
 *   renamed since told (`followRenames`), named by their old key too
 * @param unit - the ISP or (new) owner of the alert
 * @param mine - the unit's groups at risk
 * @returns the messages, by former owner in name order; none when no
 *   group changed owner
 * @example
 * planHandovers({ state, asOf, config }, 'Acme', groups)[0]?.attributes.owner;
 * // 'emea-peering'
 */
export function planHandovers(
  input: {
    readonly state: NotificationState;
    readonly asOf: string;
    readonly config: Config;
    readonly renamed?: ReadonlyMap<string, string>;
  },
  unit: string,
  mine: readonly Evaluation[],
): Message[] {
  const byFormer = new Map<string, HandedOver[]>();
  for (const group of mine) {
    const told = input.state.groups[group.key];
    if (told === undefined || ownerChange(told, group) === undefined) continue;
    const was = input.renamed?.get(group.key);
    const handed = {
      group,
      toldSeverity: told.severity,
      notifiedOn: told.notifiedOn,
      ...(was === undefined ? {} : { toldKey: was }),
    };
    byFormer.set(told.owner, [...(byFormer.get(told.owner) ?? []), handed]);
  }
  return [...byFormer.entries()]
    .sort(([a], [b]) => compareNames(a, b))
    .flatMap(([from, groups]) =>
      renderHandoverMessage({
        asOf: input.asOf,
        from,
        unit,
        groups,
        config: input.config,
      }),
    );
}
