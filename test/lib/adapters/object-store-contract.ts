import { beforeEach, describe, expect, it } from 'vitest';
import type { ObjectStore } from '#lib/ports/object-store';
import { text } from '../../helpers/store-text.ts';
import { describeObjectStoreConditionalContract } from './object-store-conditional-contract.ts';
import { describeObjectStoreCopyContract } from './object-store-copy-contract.ts';
import { describeObjectStorePiecesContract } from './object-store-pieces-contract.ts';
import { describeObjectStoreSizeContract } from './object-store-size-contract.ts';

/** A fresh, empty store for one test, and how to dispose of it. */
export interface StoreUnderTest {
  readonly store: ObjectStore;
  /** False for a backend that ignores conditional headers (s3rver). */
  readonly conditional?: boolean;
  /** An object's content type, for a backend that keeps one (S3). */
  readonly contentTypeOf?: (key: string) => Promise<string | undefined>;
  /** The part size of a write in pieces, for a backend that has parts (S3). */
  readonly partBytes?: number;
  /** Multipart uploads begun and neither completed nor aborted (S3). */
  readonly pendingUploads?: () => Promise<number>;
  dispose(): Promise<void>;
}

/**
 * The behaviour every `ObjectStore` shares (one contract
 * suite per port, run over each adapter), conditional writes, copies,
 * writes in pieces and sizes included.
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
    let subject: StoreUnderTest;
    let store: ObjectStore;
    beforeEach(async () => {
      subject = await create();
      store = subject.store;
      return () => subject.dispose();
    });

    it('returns undefined for a key that does not exist', async () => {
      // Prepare
      await store.put('reports/a.txt', 'a');
      // Act
      const got = await store.get('reports/missing.txt');
      // Assess
      expect(got).toBeUndefined();
    });

    it('returns the bytes that were put, for text and binary bodies', async () => {
      // Prepare
      const binary = new Uint8Array([0, 1, 2, 254, 255]);
      // Act
      await store.put('state/notify.json', '{"a":"é"}', 'application/json');
      await store.put('reports/x.bin', binary);
      // Assess
      expect(text(await store.get('state/notify.json'))).toBe('{"a":"é"}');
      expect(await store.get('reports/x.bin')).toEqual(binary);
    });

    it('replaces an object on a second put', async () => {
      // Prepare
      await store.put('reports/latest/index.html', 'old');
      // Act
      await store.put('reports/latest/index.html', 'new');
      // Assess
      expect(text(await store.get('reports/latest/index.html'))).toBe('new');
    });

    it('lists every key under a prefix, sorted, and nothing else', async () => {
      // Prepare
      for (const key of ['r/b/2.csv', 'r/a.csv', 'r/b/1.csv', 's/x.json']) {
        await store.put(key, key);
      }
      // Act
      const listed = await store.list('r/');
      const none = await store.list('nothing/');
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
      for (const key of keys) await store.put(key, key);
      // Act
      const november = await store.list('reports/2026-11');
      const oneFile = await store.list('reports/2026-11-26/manifest.json');
      const partName = await store.list('reports/2026-11-26/man');
      // Assess
      expect(november).toEqual(keys.slice(0, 3));
      expect(oneFile).toEqual(['reports/2026-11-26/manifest.json']);
      expect(partName).toEqual(['reports/2026-11-26/manifest.json']);
    });

    it('deletes the given keys and ignores missing ones', async () => {
      // Prepare
      await store.put('r/1', '1');
      await store.put('r/2', '2');
      await store.put('r/3', '3');
      // Act
      await store.delete(['r/1', 'r/3', 'r/never']);
      await store.delete([]);
      // Assess
      expect(await store.list('r/')).toEqual(['r/2']);
      expect(await store.get('r/1')).toBeUndefined();
    });
  });
  describeObjectStoreConditionalContract(name, create);
  describeObjectStoreCopyContract(name, create);
  describeObjectStorePiecesContract(name, create);
  describeObjectStoreSizeContract(name, create);
}
