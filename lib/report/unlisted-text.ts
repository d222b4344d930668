/**
 * What the chart's note (`unlistedNote`) and the alert's `Data` row say of a bundle's
 * likely members not in links.csv: their traffic is not counted in it.
 *
 * @param ids - the unknown ids that read like the bundle's links
 * @returns one sentence, without its final stop
 * @example
 * unlistedText(['a-pni-new-1']);
 * // 'a-pni-new-1 sends traffic but is not in links.csv, and its id …'
 */
export function unlistedText(ids: readonly string[]): string {
  const one = ids.length === 1;
  return (
    `${ids.join(', ')} ${one ? 'sends' : 'send'} traffic but ` +
    `${one ? 'is' : 'are'} not in links.csv, and ${one ? 'its id reads' : 'their ids read'} ` +
    `like this bundle's links: ${one ? 'its' : 'their'} traffic is not ` +
    `counted here; add ${one ? 'it' : 'them'} to links.csv if ` +
    `${one ? 'it is one' : 'they belong to it'}`
  );
}
