import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { StoreError } from '#lib/errors';
import { text } from '../../helpers/store-text.ts';
import { type StoreUnderTest, useStoreUnderTest } from './store-under-test.ts';

const encode = (value: string) => new TextEncoder().encode(value);
const sha256 = (bytes: Uint8Array) =>
  createHash('sha256').update(bytes).digest('hex');

/** An error's message and its causes', outermost first. */
const messagesOf = (error: unknown): string[] =>
  error instanceof Error
    ? [error.message, ...messagesOf((error as { cause?: unknown }).cause)]
    : [];

/** Byte `i` of the test's long bodies: varied, and the same every run. */
const byteAt = (i: number) => (i * 131 + (i >> 9)) % 256;

/**
 * `total` bytes in pieces of `size` (the last shorter), made one at a
 * time as they are read; the piece that would pass `failAfter` bytes
 * throws instead.
 */
async function* longPieces(
  total: number,
  size: number,
  failAfter = Number.POSITIVE_INFINITY,
): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < total; at += size) {
    if (at + size > failAfter) throw new Error('rendering failed midway');
    const piece = new Uint8Array(Math.min(size, total - at));
    for (let i = 0; i < piece.length; i += 1) piece[i] = byteAt(at + i);
    yield piece;
  }
}

/** What `longPieces(total, …)` yields, whole. */
const longBody = (total: number) =>
  Uint8Array.from({ length: total }, (_, i) => byteAt(i));

/**
 * What every `ObjectStore`'s `putPieces` does: the pieces joined, read
 * back; a replace; an empty object; a body of several parts (the store's
 * `partBytes`) in pieces that do not line up with them; and pieces that
 * fail midway leave the previous object and, on S3, no upload behind.
 * Part of `describeObjectStoreContract`.
 *
 * @param name - the adapter's name, for the describe block
 * @param create - makes an empty store
 * @example
 * describeObjectStorePiecesContract('FsObjectStore', async () => ({ … }));
 */
export function describeObjectStorePiecesContract(
  name: string,
  create: () => Promise<StoreUnderTest>,
): void {
  describe(`${name} (ObjectStore pieces contract)`, () => {
    const t = useStoreUnderTest(create);
    /** Two parts and a bit more: a multipart upload on S3. */
    const manyParts = () => 2 * (t.subject.partBytes ?? 64 * 1024) + 12_345;

    it('writes the pieces joined, with the content type given', async () => {
      // Prepare
      const pieces = [encode('a,b\n'), new Uint8Array(), encode('é,😀\n')];
      // Act
      await t.store.putPieces('reports/d1/a.csv', pieces, 'text/csv');
      // Assess
      expect(text(await t.store.get('reports/d1/a.csv'))).toBe('a,b\né,😀\n');
      expect(await t.store.list('reports/')).toEqual(['reports/d1/a.csv']);
      const typeOf = t.subject.contentTypeOf;
      if (typeOf) expect(await typeOf('reports/d1/a.csv')).toBe('text/csv');
    });

    it('replaces an object with the pieces', async () => {
      // Prepare
      await t.store.put('reports/latest/a.json', 'the old text, longer');
      // Act
      await t.store.putPieces('reports/latest/a.json', [encode('[]')]);
      // Assess
      expect(text(await t.store.get('reports/latest/a.json'))).toBe('[]');
    });

    it('writes an empty object from no pieces', async () => {
      // Act
      await t.store.putPieces('reports/d1/empty.csv', []);
      // Assess
      expect(await t.store.get('reports/d1/empty.csv')).toEqual(
        new Uint8Array(),
      );
      expect(await t.store.list('reports/d1/')).toEqual([
        'reports/d1/empty.csv',
      ]);
    });

    it('writes a body of several parts from pieces that do not line up with them', async () => {
      // Prepare
      const total = manyParts();
      // Act
      await t.store.putPieces('reports/d1/big.json', longPieces(total, 99_991));
      // Assess: compared by digest, a failure prints no megabytes
      const got = await t.store.get('reports/d1/big.json');
      expect(got?.length).toBe(total);
      expect(sha256(got!)).toBe(sha256(longBody(total)));
      if (t.subject.pendingUploads)
        expect(await t.subject.pendingUploads()).toBe(0);
    });

    it('leaves the previous object, and no upload, when the pieces fail midway', async () => {
      // Prepare: the pieces fail after more than a part has gone
      await t.store.put('reports/latest/big.json', 'kept');
      const total = manyParts();
      const failing = longPieces(total, 99_991, total - 50_000);
      // Act
      const error = await t.store
        .putPieces('reports/latest/big.json', failing)
        .catch((thrown: unknown) => thrown);
      // Assess
      expect(error).toBeInstanceOf(StoreError);
      expect(messagesOf(error)).toContain('rendering failed midway');
      expect(text(await t.store.get('reports/latest/big.json'))).toBe('kept');
      expect(await t.store.list('reports/')).toEqual([
        'reports/latest/big.json',
      ]);
      if (t.subject.pendingUploads)
        expect(await t.subject.pendingUploads()).toBe(0);
    });
  });
}
