/**
 * SNS refuses messages over 256 KiB, attributes included; keep room for
 * the subject (99 characters, at most 396 bytes), a possible repeat's
 * first paragraph and {@link ATTRIBUTE_ROOM} of attributes.
 */
export const MAX_BODY_BYTES = 256 * 1024 - 6 * 1024;

/**
 * The attributes' bytes {@link MAX_BODY_BYTES} leaves room for: four
 * names well beyond any ISP's, region's or owner's, or a few dozen of
 * them in a `String.Array`.
 */
export const ATTRIBUTE_ROOM = 4 * 1024;

/**
 * A block cut between lines (a line too long, between characters) into
 * pieces of at most `budget` bytes; the block itself when it fits.
 *
 * @param block - a text block
 * @param budget - the bytes a piece may take
 * @returns the pieces, in order
 * @example
 * cutToFit('aa\nbb\n', 3); // ['aa\n', 'bb\n']
 */
export function cutToFit(block: string, budget: number): string[] {
  if (bytes(block) <= budget) return [block];
  const lines = block.split(/(?<=\n)/).flatMap((line) => cutLine(line, budget));
  const pieces: string[] = [];
  let current = '';
  for (const line of lines) {
    if (current !== '' && bytes(current) + bytes(line) > budget) {
      pieces.push(current);
      current = '';
    }
    current += line;
  }
  pieces.push(current);
  return pieces;
}

function cutLine(line: string, budget: number): string[] {
  if (bytes(line) <= budget) return [line];
  const pieces: string[] = [];
  let current = '';
  for (const char of line) {
    if (bytes(current) + bytes(char) > budget) {
      pieces.push(current);
      current = '';
    }
    current += char;
  }
  pieces.push(current);
  return pieces;
}

/**
 * UTF-8 length of a text.
 *
 * @param text - any text
 * @returns its size in bytes
 * @example
 * bytes('×'); // 2
 */
export function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
