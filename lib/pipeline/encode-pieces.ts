/**
 * UTF-8 bytes of text given in pieces, the same bytes as the pieces
 * joined and encoded: each piece is encoded and dropped as it comes, so
 * that a large file is held once, as bytes, and never as one string
 * beside them (docs/architecture.md "Stages").
 *
 * @param pieces - the text, in order
 * @returns its bytes
 * @example
 * encodePieces(['a', 'é']).length; // 3
 */
export function encodePieces(pieces: Iterable<string>): Buffer {
  const blocks: Buffer[] = [];
  let bytes = 0;
  for (const piece of pieces) {
    const block = Buffer.from(piece);
    blocks.push(block);
    bytes += block.length;
  }
  return Buffer.concat(blocks, bytes);
}
