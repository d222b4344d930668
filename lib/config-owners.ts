import type { z } from 'zod';
import { looseName, looseOwner, quoted } from '#lib/input-message';

/** The owner `owners.default` takes when the file sets none. */
export const DEFAULT_OWNER = 'capacity-planning';

/** The configuration's `owners`, as its schema reads them. */
interface Owners {
  readonly default: string;
  readonly regions: Readonly<Record<string, string>>;
}

/**
 * Refuses two owners in the configuration's `owners`, or two of its
 * regions, that differ only in case, spaces or punctuation (`peering` and
 * `Peering`; an address in case only, `looseOwner`): names match exactly,
 * so one owner would get two digests and two alert filters, and a
 * links.csv region would find only one of the two regions. The later of
 * the two is named, with the earlier (docs/architecture.md "Data
 * contracts").
 *
 * @param owners - the parsed `owners`
 * @param context - zod's refinement context, for the issue
 * @example
 * z.strictObject({ default: z.string(), regions: z.record(z.string(), z.string()) })
 *   .superRefine(refuseNearOwners);
 */
export function refuseNearOwners(
  owners: Owners,
  context: z.RefinementCtx,
): void {
  refuseNearOwnerNames(owners, context);
  refuseNearRegions(Object.keys(owners.regions), context);
}

/** Two owners alike but for case, spaces or punctuation: the later named. */
function refuseNearOwnerNames(owners: Owners, context: z.RefinementCtx) {
  const named: [PropertyKey[], string][] = [
    [['default'], owners.default],
    ...Object.entries(owners.regions).map(
      ([region, owner]): [PropertyKey[], string] => [
        ['regions', region],
        owner,
      ],
    ),
  ];
  const owner = firstNear(named, looseOwner);
  if (owner === undefined) return;
  const [path, value, [firstPath, first]] = owner;
  context.addIssue({
    code: 'custom',
    path,
    input: value,
    message:
      `differs only in case, spaces or punctuation from owners.${firstPath.join('.')} ` +
      `'${quoted(first)}'${first === DEFAULT_OWNER ? ' (the default when the file sets none)' : ''}: names ` +
      'match exactly, so one owner would get two digests and two alert ' +
      'filters; write one spelling',
  });
}

/** Two regions alike but for case, spaces or punctuation: the later named. */
function refuseNearRegions(
  regions: readonly string[],
  context: z.RefinementCtx,
) {
  const keys = regions.map((region): [PropertyKey[], string] => [
    ['regions', region],
    region,
  ]);
  const region = firstNear(keys, looseName);
  if (region === undefined) return;
  const [path, value, [, first]] = region;
  context.addIssue({
    code: 'custom',
    path,
    input: value,
    message:
      `is the region '${quoted(first)}' again, spelled otherwise: a ` +
      'links.csv region matches one of them exactly; keep one',
  });
}

/**
 * The first name whose loose form an earlier, differently written one
 * had: its path and the name, and the earlier one's.
 */
function firstNear(
  named: readonly [PropertyKey[], string][],
  loose: (name: string) => string,
): [PropertyKey[], string, [PropertyKey[], string]] | undefined {
  const seen = new Map<string, [PropertyKey[], string]>();
  for (const [path, name] of named) {
    const first = seen.get(loose(name));
    if (first === undefined) seen.set(loose(name), [path, name]);
    else if (first[1] !== name) {
      return [path, name, first];
    }
  }
  return undefined;
}
