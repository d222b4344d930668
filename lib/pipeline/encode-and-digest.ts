import { createHash } from 'node:crypto';

/** What `encodeAndDigest` gives: the bytes to write, then their digest. */
export interface DigestedPieces {
  /** The UTF-8 bytes of each piece, made as they are read, read once. */
  readonly bytes: Iterable<Uint8Array>;
  /**
   * The size and SHA-256 of every byte read, as `digestOf` gives them for
   * the joined text.
   *
   * @throws Error when the bytes were not all read
   */
  digest(): { readonly bytes: number; readonly sha256: string };
}

/**
 * UTF-8 bytes of text given in pieces, counted and hashed as they pass
 * on to the store: each piece is encoded only when it is read and dropped
 * once written, so that a large file is never held whole, as text or as
 * bytes, and never read twice for its digest (docs/architecture.md
 * "Publish's memory"). The bytes are those of the pieces joined and
 * encoded, since no piece ends inside a character (a surrogate pair):
 * the pieces are whole rows.
 *
 * @param pieces - the text, in order
 * @returns the bytes, and their digest once all were read
 * @example
 * const file = encodeAndDigest(['a', 'é']);
 * await store.putPieces('reports/d1/a.txt', file.bytes);
 * file.digest(); // { bytes: 3, sha256: '…' }
 */
export function encodeAndDigest(pieces: Iterable<string>): DigestedPieces {
  const hash = createHash('sha256');
  let bytes = 0;
  let sha256: string | undefined;
  function* encoded() {
    for (const piece of pieces) {
      const block = Buffer.from(piece);
      hash.update(block);
      bytes += block.length;
      yield block;
    }
    sha256 = hash.digest('hex');
  }
  return {
    bytes: encoded(),
    digest() {
      if (sha256 === undefined) {
        throw new Error('the digest needs every piece read first');
      }
      return { bytes, sha256 };
    },
  };
}
