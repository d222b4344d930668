/**
 * The end of a "resolved" or "not judged" line for a group whose owner
 * changed since its alert: the owners it went through, earliest first,
 * each once; '' when there is only one.
 *
 * @param owners - the owners that held its alert, earliest first, then
 *   the one it belongs to now
 * @returns the sentence, with a space before it, or ''
 * @example
 * handedOverText(['emea-peering', 'noc']); // ' Handed over from emea-peering to noc.'
 * handedOverText(['a', 'b', 'c']); // ' Handed over from a to b, then to c.'
 */
export function handedOverText(owners: readonly string[]): string {
  const [from, to, ...then] = [...new Set(owners)];
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
