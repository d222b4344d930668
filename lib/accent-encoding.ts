/**
 * How two texts that differ only in the encoding of their accented
 * letters differ, for a message: they look alike, so "differs only in
 * case, spaces or punctuation" named no difference one could see.
 */
export const ENCODED_APART =
  'differs only in how its accented letters are encoded (one precomposed, ' +
  'the other a letter and a combining accent, as macOS file names and ' +
  'some PDFs write them: Unicode NFC and NFD, which look alike) from';

/**
 * Whether two texts differ only in how their accented letters are encoded
 * (`é` as one character, U+00E9, or `e` and a combining accent, U+0301):
 * Unicode's canonical equivalence, which a reader cannot see, and which
 * matching by bytes (traffic ids, names) takes for two texts.
 *
 * @param a - one text
 * @param b - another
 * @returns true when they differ, yet not once both are in NFC
 * @example
 * encodedApart('T\u00e9l\u00e9com', 'Te\u0301le\u0301com'); // true
 */
export function encodedApart(a: string, b: string): boolean {
  return a !== b && a.normalize('NFC') === b.normalize('NFC');
}

/**
 * A traffic id and the inventory id it spells otherwise, as a message
 * pairs them (`nearLinks`): `LHR1-PNI-1 for lhr1-pni-1`, and where they
 * differ only in the encoding of their accents, which a reader cannot
 * see, a note saying so.
 *
 * @param near - the traffic's id and the inventory's
 * @param show - how a message shows an id (`shownName`)
 * @returns the pair
 * @example
 * nearPair({ linkId: 'te\u0301l-1', inventory: 't\u00e9l-1' }, String);
 * // 'tél-1 (its accents encoded otherwise, NFD for NFC) for tél-1'
 */
export function nearPair(
  near: { readonly linkId: string; readonly inventory: string },
  show: (id: string) => string,
): string {
  const { linkId, inventory } = near;
  const note = encodedApart(linkId, inventory)
    ? ` (its accents encoded otherwise, ${form(linkId)} for ${form(inventory)})`
    : '';
  return `${show(linkId)}${note} for ${show(inventory)}`;
}

/** Unicode's name of the form a text is in, as far as it tells. */
const form = (text: string) =>
  text === text.normalize('NFC')
    ? 'NFC'
    : text === text.normalize('NFD')
      ? 'NFD'
      : 'mixed';
