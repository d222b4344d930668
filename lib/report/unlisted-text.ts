import type { LikelyMember } from '#lib/domain/likely-member';

/** How a group's series name (`seriesName`) begins. */
const GROUP = 'group:';

/**
 * What the chart's note (`unlistedNote`) and the alert's `Data` row say of a bundle's
 * likely members not in links.csv: their traffic is not counted in it.
 *
 * @param ids - the unknown ids that read like the bundle's links
 * @param bundle - the bundle, named where the note is not by its own
 *   chart (its ISP's); "this bundle" when absent
 * @returns one sentence, without its final stop
 * @example
 * unlistedText(['a-pni-new-1']);
 * // 'a-pni-new-1 sends traffic but is not in links.csv, and its id …'
 */
export function unlistedText(ids: readonly string[], bundle?: string): string {
  const one = ids.length === 1;
  const whose = bundle === undefined ? 'this bundle' : bundle;
  return (
    `${ids.join(', ')} ${one ? 'sends' : 'send'} traffic but ` +
    `${one ? 'is' : 'are'} not in links.csv, and ${one ? 'its id reads' : 'their ids read'} ` +
    `like ${whose}'s links: ${one ? 'its' : 'their'} traffic is not ` +
    `counted here; add ${one ? 'it' : 'them'} to links.csv if ` +
    `${one ? 'it is one' : 'they belong to it'}`
  );
}

/**
 * The notes of a group or an ISP on the links not in links.csv whose ids
 * read like its bundles' (`likelyMembers`, docs/architecture.md "Links
 * not yet in links.csv"): a group's one note, as by its chart; an ISP's
 * one per link, naming its bundle. Made from the run's data-quality
 * report, so that a series not forecast (no chart, no forecast notes)
 * has them too.
 *
 * @param series - the series, by level and key
 * @param likely - the run's unknown ids, each with its bundle
 * @returns the notes, without final stops; none for a link's series
 * @example
 * unlistedNotes({ level: 'isp', key: 'Acme' }, likely);
 * // ["a-pni-new-1 sends traffic … like Acme/LHR1/pni's links: …"]
 */
export function unlistedNotes(
  series: { readonly level: string; readonly key: string },
  likely: readonly LikelyMember[],
): string[] {
  if (series.level === 'group') {
    const ids = likely
      .filter((l) => l.group === series.key)
      .map((l) => l.linkId);
    return ids.length === 0 ? [] : [unlistedText(ids)];
  }
  if (series.level !== 'isp') return [];
  return likely
    .filter((l) => l.isp === series.key)
    .map((l) => unlistedText([l.linkId], l.group));
}

/**
 * Series names (`level:key`, as `staleSeries` has them), each group's
 * followed by its `unlistedNotes` in parentheses where it has any: a
 * bundle not forecast has no chart for the note, and is named in these
 * lists alone (its ISP's, named with it, says it on its page).
 *
 * @param names - the series' names, e.g. `group:Acme/LHR1/pni`
 * @param likely - the run's unknown ids, each with its bundle
 * @param show - how a name is written (the console quotes odd ones)
 * @returns the names, some with their notes (text, not escaped)
 * @example
 * withUnlistedNotes(['group:Acme/LHR1/pni'], likely);
 * // ["group:Acme/LHR1/pni (a-pni-new-1 sends traffic … if it is one)"]
 */
export function withUnlistedNotes(
  names: readonly string[],
  likely: readonly LikelyMember[],
  show: (name: string) => string = (name) => name,
): string[] {
  return names.map((name) => {
    if (!name.startsWith(GROUP)) return show(name);
    const key = name.slice(GROUP.length);
    const notes = unlistedNotes({ level: 'group', key }, likely);
    return notes.length === 0
      ? show(name)
      : `${show(name)} (${notes.join('; ')})`;
  });
}
