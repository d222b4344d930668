import { describe, expect, it } from 'vitest';
import { text } from '../../helpers/store-text.ts';
import { describeObjectStoreConditionalContract } from './object-store-conditional-contract.ts';
import { describeObjectStoreConditionalDeleteContract } from './object-store-conditional-delete-contract.ts';
import { describeObjectStoreCopyContract } from './object-store-copy-contract.ts';
import { describeObjectStorePiecesContract } from './object-store-pieces-contract.ts';
import { describeObjectStoreSizeContract } from './object-store-size-contract.ts';
import { type StoreUnderTest, useStoreUnderTest } from './store-under-test.ts';

/**
 * The behaviour every `ObjectStore` shares (one contract
 * suite per port, run over each adapter), conditional writes and
 * deletes, copies, writes in pieces and sizes included.
 *
 * @param name - the adapter's name, for the describe block
 * @param create - makes an empty store
 * @example
 * describeObjectStoreContract('FsObjectStore', async () => ({ … }));
 */
export function describeObjectStoreContract(
  name: string,
  create: () => Promise<StoreUnderTest>,
): void {
  describe(`${name} (ObjectStore contract)`, () => {
    const t = useStoreUnderTest(create);

    it('returns undefined for a key that does not exist', async () => {
      // Prepare
      await t.store.put('reports/a.txt', 'a');
      // Act
      const got = await t.store.get('reports/missing.txt');
      // Assess
      expect(got).toBeUndefined();
    });

    it('returns the bytes that were put, for text and binary bodies', async () => {
      // Prepare
      const binary = new Uint8Array([0, 1, 2, 254, 255]);
      // Act
      await t.store.put('state/notify.json', '{"a":"é"}', 'application/json');
      await t.store.put('reports/x.bin', binary);
      // Assess
      expect(text(await t.store.get('state/notify.json'))).toBe('{"a":"é"}');
      expect(await t.store.get('reports/x.bin')).toEqual(binary);
    });

    it('replaces an object on a second put', async () => {
      // Prepare
      await t.store.put('reports/latest/index.html', 'old');
      // Act
      await t.store.put('reports/latest/index.html', 'new');
      // Assess
      expect(text(await t.store.get('reports/latest/index.html'))).toBe('new');
    });

    it('lists every key under a prefix, sorted, and nothing else', async () => {
      // Prepare
      for (const key of ['r/b/2.csv', 'r/a.csv', 'r/b/1.csv', 's/x.json']) {
        await t.store.put(key, key);
      }
      // Act
      const listed = await t.store.list('r/');
      const none = await t.store.list('nothing/');
      // Assess
      expect(listed).toEqual(['r/a.csv', 'r/b/1.csv', 'r/b/2.csv']);
      expect(none).toEqual([]);
    });

    it('lists by a prefix ending mid-name, as S3 matches key prefixes', async () => {
      // Prepare
      const keys = [
        'reports/2026-11-25/manifest.json',
        'reports/2026-11-26/isp/acme.html',
        'reports/2026-11-26/manifest.json',
        'reports/2026-12-01/manifest.json',
        'reports/latest/manifest.json',
      ];
      for (const key of keys) await t.store.put(key, key);
      // Act
      const november = await t.store.list('reports/2026-11');
      const oneFile = await t.store.list('reports/2026-11-26/manifest.json');
      const partName = await t.store.list('reports/2026-11-26/man');
      // Assess
      expect(november).toEqual(keys.slice(0, 3));
      expect(oneFile).toEqual(['reports/2026-11-26/manifest.json']);
      expect(partName).toEqual(['reports/2026-11-26/manifest.json']);
    });

    it('deletes the given keys and ignores missing ones', async () => {
      // Prepare
      await t.store.put('r/1', '1');
      await t.store.put('r/2', '2');
      await t.store.put('r/3', '3');
      // Act
      await t.store.delete(['r/1', 'r/3', 'r/never']);
      await t.store.delete([]);
      // Assess
      expect(await t.store.list('r/')).toEqual(['r/2']);
      expect(await t.store.get('r/1')).toBeUndefined();
    });
  });
  describeObjectStoreConditionalContract(name, create);
  describeObjectStoreConditionalDeleteContract(name, create);
  describeObjectStoreCopyContract(name, create);
  describeObjectStorePiecesContract(name, create);
  describeObjectStoreSizeContract(name, create);
}
