import type { LikelyMember } from '#lib/domain/likely-member';
import { unlistedText } from '#lib/report/unlisted-text';
import type { CatalogEntry } from './series-catalog.ts';

/**
 * The catalog with each bundle given the links not in links.csv whose
 * ids read like its members' (`likelyMembers`, which the plan finds for
 * the whole run: docs/architecture.md "Links not yet in links.csv"), for
 * the note by its chart.
 *
 * @param entries - the shard's catalog entries
 * @param likely - the run's unknown ids, each with its bundle
 * @returns the entries, a group's with `unlisted` set when it has any
 * @example
 * withUnlistedMembers(entries, plan.likelyMembers ?? [])[0]?.unlisted;
 * // ['mad1-acme-pni-new-1']
 */
export function withUnlistedMembers(
  entries: readonly CatalogEntry[],
  likely: readonly LikelyMember[],
): CatalogEntry[] {
  if (likely.length === 0) return [...entries];
  const byGroup = new Map<string, string[]>();
  for (const { group, linkId } of likely) {
    byGroup.set(group, [...(byGroup.get(group) ?? []), linkId]);
  }
  return entries.map((entry) => {
    const unlisted = entry.level === 'group' && byGroup.get(entry.key);
    return unlisted ? { ...entry, unlisted } : entry;
  });
}

/**
 * The forecast note of a bundle with links not in links.csv whose ids
 * read like its members'.
 *
 * @example
 * unlistedNote({ unlisted: ['a-pni-new-1'] });
 * // 'a-pni-new-1 sends traffic but is not in links.csv, and its id reads like …'
 */
export function unlistedNote(
  entry: Pick<CatalogEntry, 'unlisted'>,
): string | undefined {
  const ids = entry.unlisted ?? [];
  if (ids.length === 0) return undefined;
  return unlistedText(ids);
}
