import type { Evaluation } from '#lib/domain/evaluation';
import { attributeNames } from '#lib/domain/message-attribute';
import { group, notifier } from './notify-fixture.ts';

/** Bundles in the messages of a part test (`longBundles`). */
export const BUNDLES = 600;

/** A site name long enough that 600 bundles' lines take several parts. */
const siteOf = (i: number) =>
  `S${String(i).padStart(4, '0')}-${'x'.repeat(400)}`;

/**
 * Acme's {@link BUNDLES} bundles at `severity`, each at a site of its
 * own, owned by `owner`: their long names put a "resolved", handover,
 * "not judged" or digest message about them in several parts.
 *
 * @example
 * longBundles('critical')[0]!.key; // 'Acme/S0000-xx…x/ix'
 */
export const longBundles = (
  severity: Evaluation['severity'],
  owner = 'emea-peering',
): Evaluation[] =>
  Array.from({ length: BUNDLES }, (_, i) => ({
    ...group(
      'Acme',
      severity,
      severity === 'critical' ? '2026-12-20' : undefined,
    ),
    key: `Acme/${siteOf(i)}/ix`,
    site: siteOf(i),
    owner,
  }));

/** A message as the tests count it: its body and the owners it reaches. */
export interface Told {
  readonly body: string;
  readonly owners: readonly string[];
}

/**
 * How many of the messages tell each bundle to each address (an owner
 * the message is routed to), by `site → owner` (`S0000 → noc`).
 *
 * @example
 * toldPerAddress([{ body: '… S0000-xx…', owners: ['noc'] }]);
 * // { 'S0000 → noc': 1 }
 */
export function toldPerAddress(
  messages: readonly Told[],
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { body, owners } of messages) {
    const sites = new Set(body.match(/\bS\d{4}(?=-x)/g));
    for (const owner of owners) {
      for (const site of sites) {
        const key = `${site} → ${owner}`;
        counts[key] = (counts[key] ?? 0) + 1;
      }
    }
  }
  return counts;
}

/**
 * How many pairs were told how many times (`toldPerAddress`).
 *
 * @example
 * byTimes({ 'S0000 → noc': 1, 'S0001 → noc': 2 }); // { 1: 1, 2: 1 }
 */
export function byTimes(
  counts: Record<string, number>,
): Record<number, number> {
  const times: Record<number, number> = {};
  for (const n of Object.values(counts)) times[n] = (times[n] ?? 0) + 1;
  return times;
}

/**
 * Each bundle with one link of its own (`l0`, `l1`…), as links.csv has
 * it: the state records a bundle's links, and follows its rename.
 *
 * @example
 * withLinks(longBundles('critical'))[1]!.group; // 'Acme/S0000-xx…x/ix'
 */
export const withLinks = (bundles: readonly Evaluation[]): Evaluation[] =>
  bundles.flatMap((g, i) => [
    g,
    { ...g, level: 'link' as const, key: `l${i}`, group: g.key },
  ]);

/**
 * The alerts the test's notifier accepted on `day`, as
 * `toldPerAddress` counts them.
 *
 * @example
 * alertsOn('2026-11-26'); // { 'S0600 → emea-peering': 1 }
 */
export const alertsOn = (day: string) =>
  toldPerAddress(
    notifier.accepted
      .filter((m) => m.id.startsWith(`${day}/alert/`))
      .map((m) => ({
        body: m.body,
        owners: attributeNames(m.attributes.owner),
      })),
  );
