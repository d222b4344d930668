/**
 * The end of a "resolved" or "not judged" line for a group whose owner
 * changed since its alert: the owners it went through, earliest first,
 * an owner repeated side by side once; '' when there is only one. One
 * handed back is named again ('from a to b, then to a'): named once, a
 * bundle back with its first owner read as still the second's.
 *
 * @param owners - the owners that held its alert, earliest first, then
 *   the one it belongs to now
 * @returns the sentence, with a space before it, or ''
 * @example
 * handedOverText(['emea-peering', 'noc']); // ' Handed over from emea-peering to noc.'
 * handedOverText(['a', 'b', 'c']); // ' Handed over from a to b, then to c.'
 * handedOverText(['a', 'b', 'a']); // ' Handed over from a to b, then to a.'
 */
export function handedOverText(owners: readonly string[]): string {
  const chain = owners.filter((owner, i) => owner !== owners[i - 1]);
  const [from, to, ...then] = chain;
  if (to === undefined) return '';
  const later = then.map((owner) => `, then to ${owner}`).join('');
  return ` Handed over from ${from} to ${to}${later}.`;
}

/**
 * The paragraph of a "resolved" message with bundles handed over: its
 * readers, their former owners, hear no more of them.
 *
 * @param handed - how many of its bundles were handed over
 * @returns the paragraph's lines, with a blank one after; none for 0
 * @example
 * handoverNote(1)[0]; // "1 bundle below now belongs to another owner (links.csv's owner, or the"
 */
export function handoverNote(handed: number): string[] {
  if (handed === 0) return [];
  const [count, belongs] =
    handed === 1 ? ['1 bundle', 'belongs'] : [`${handed} bundles`, 'belong'];
  return [
    `${count} below now ${belongs} to another owner (links.csv's owner, or the`,
    "configuration's owners for the region): pass on anything under way",
    'with the ISP (an order, its reference).',
    '',
  ];
}
