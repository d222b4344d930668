/**
 * The end of a "resolved" or "not judged" line for a group whose owner
 * changed since its alert: who it went from and to; '' when `to` is
 * `from` or none.
 *
 * @param from - the owner its alert was told to
 * @param to - the owner it belongs to now
 * @returns the sentence, with a space before it, or ''
 * @example
 * handedOverText('emea-peering', 'noc'); // ' Handed over from emea-peering to noc.'
 */
export function handedOverText(from: string, to: string | undefined): string {
  return to === undefined || to === from
    ? ''
    : ` Handed over from ${from} to ${to}.`;
}
