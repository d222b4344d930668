import { describe, expect, it } from 'vitest';
import { type StoreUnderTest, useStoreUnderTest } from './store-under-test.ts';

/**
 * What every `ObjectStore`'s `getSize` answers: the byte count of what
 * was written (whole or in pieces, after a replace), and `undefined` for
 * a key that is not there, a prefix with keys below it included. Part of
 * `describeObjectStoreContract`.
 *
 * @param name - the adapter's name, for the describe block
 * @param create - makes an empty store
 * @example
 * describeObjectStoreSizeContract('FsObjectStore', async () => ({ … }));
 */
export function describeObjectStoreSizeContract(
  name: string,
  create: () => Promise<StoreUnderTest>,
): void {
  describe(`${name} (ObjectStore size contract)`, () => {
    const t = useStoreUnderTest(create);

    it('gives the bytes of the object as written, text or in pieces', async () => {
      // Prepare
      await t.store.put('state/a.json', '{"a":"é"}');
      await t.store.put('state/empty.json', '');
      const pieces = [new Uint8Array(1000), new Uint8Array([1, 2, 3])];
      await t.store.putPieces('state/backtest.json', pieces);
      // Act
      const sizes = await Promise.all(
        ['state/a.json', 'state/empty.json', 'state/backtest.json'].map((k) =>
          t.store.getSize(k),
        ),
      );
      // Assess
      expect(sizes).toEqual([10, 0, 1003]);
    });

    it('gives the size of the replacing object after a second put', async () => {
      // Prepare
      await t.store.put('state/backtest.json', 'a longer first result');
      // Act
      await t.store.put('state/backtest.json', 'short');
      // Assess
      expect(await t.store.getSize('state/backtest.json')).toBe(5);
    });

    it('gives undefined for a missing key and for a prefix of keys', async () => {
      // Prepare
      await t.store.put('state/sub/x.json', 'x');
      // Act
      const missing = await t.store.getSize('state/backtest.json');
      const prefix = await t.store.getSize('state/sub');
      // Assess
      expect(missing).toBeUndefined();
      expect(prefix).toBeUndefined();
    });
  });
}
