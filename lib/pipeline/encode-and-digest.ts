import { createHash } from 'node:crypto';
import type { BytePieces } from '#lib/ports/object-store';

/** What `encodeAndDigest` gives: the bytes to write, then their digest. */
export interface DigestedPieces<B extends BytePieces = Iterable<Uint8Array>> {
  /** The UTF-8 bytes of each piece, made as they are read, read once. */
  readonly bytes: B;
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
 * @param pieces - the text, in order (awaited when they are: the bytes
 *   are then too)
 * @returns the bytes, and their digest once all were read
 * @example
 * const file = encodeAndDigest(['a', 'é']);
 * await store.putPieces('reports/d1/a.txt', file.bytes);
 * file.digest(); // { bytes: 3, sha256: '…' }
 */
export function encodeAndDigest(pieces: Iterable<string>): DigestedPieces;
export function encodeAndDigest(
  pieces: Iterable<string> | AsyncIterable<string>,
): DigestedPieces<BytePieces>;
export function encodeAndDigest(
  pieces: Iterable<string> | AsyncIterable<string>,
): DigestedPieces<BytePieces> {
  const hash = createHash('sha256');
  let bytes = 0;
  let sha256: string | undefined;
  const encode = (piece: string) => {
    const block = Buffer.from(piece);
    hash.update(block);
    bytes += block.length;
    return block;
  };
  function* encoded(text: Iterable<string>) {
    for (const piece of text) yield encode(piece);
    sha256 = hash.digest('hex');
  }
  async function* awaited(text: AsyncIterable<string>) {
    for await (const piece of text) yield encode(piece);
    sha256 = hash.digest('hex');
  }
  return {
    bytes: Symbol.asyncIterator in pieces ? awaited(pieces) : encoded(pieces),
    digest() {
      if (sha256 === undefined) {
        throw new Error('the digest needs every piece read first');
      }
      return { bytes, sha256 };
    },
  };
}
