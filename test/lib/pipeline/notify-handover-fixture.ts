import type { Evaluation } from '#lib/domain/evaluation';
import { group, notifier, owned, run } from './notify-fixture.ts';

/** The id of the handover to emea-peering sent on 2026-11-25. */
export const HANDOVER = '2026-11-25/handover/emea-peering-acme/1';

/**
 * Told to emea-peering on 11-24; on 11-25 links.csv names noc, whose
 * alert is accepted while the handover to emea-peering is refused.
 */
export async function handoverRefused(): Promise<void> {
  await run('2026-11-24', [owned('emea-peering')]);
  notifier.refuse.add(HANDOVER);
  await run('2026-11-25', [owned('noc')]);
  notifier.refuse.clear();
}

/** Acme's FRA2 IX bundle cleared to watch, now `owner`'s. */
export const cleared = (owner: string): Evaluation => ({
  ...owned(owner),
  severity: 'watch',
  orderByDate: '2027-03-01',
});

/** `isp`'s FRA2 IX bundle at critical, owned by `owner`, with its links. */
export const bundle = (isp: string, owner: string): Evaluation[] => {
  const g = { ...group(isp, 'critical', '2026-12-20'), owner };
  const links = ['a1', 'a2'].map((id) => ({
    ...g,
    level: 'link' as const,
    key: id,
    group: g.key,
  }));
  return [g, ...links];
};
