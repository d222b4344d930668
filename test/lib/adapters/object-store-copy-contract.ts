import { describe, expect, it } from 'vitest';
import { StoreError } from '#lib/errors';
import { text } from '../../helpers/store-text.ts';
import { type StoreUnderTest, useStoreUnderTest } from './store-under-test.ts';

/**
 * What every `ObjectStore`'s `copy` does: the same bytes at the target,
 * replacing what was there, the content type given (or the source's),
 * and a StoreError naming a missing source. Part of
 * `describeObjectStoreContract`.
 *
 * @param name - the adapter's name, for the describe block
 * @param create - makes an empty store
 * @example
 * describeObjectStoreCopyContract('FsObjectStore', async () => ({ … }));
 */
export function describeObjectStoreCopyContract(
  name: string,
  create: () => Promise<StoreUnderTest>,
): void {
  describe(`${name} (ObjectStore copy contract)`, () => {
    const t = useStoreUnderTest(create);

    it('copies the same bytes and leaves the source as it was', async () => {
      // Prepare
      const binary = new Uint8Array([0, 1, 2, 254, 255, 10, 13]);
      await t.store.put('reports/d1/x.bin', binary);
      // Act
      await t.store.copy('reports/d1/x.bin', 'reports/latest/x.bin');
      // Assess
      expect(await t.store.get('reports/latest/x.bin')).toEqual(binary);
      expect(await t.store.get('reports/d1/x.bin')).toEqual(binary);
      expect(await t.store.list('reports/')).toEqual([
        'reports/d1/x.bin',
        'reports/latest/x.bin',
      ]);
    });

    it('replaces an object at the target', async () => {
      // Prepare
      await t.store.put('reports/latest/index.html', 'old run, longer text');
      await t.store.put('reports/d2/index.html', 'new run');
      // Act
      await t.store.copy('reports/d2/index.html', 'reports/latest/index.html');
      // Assess
      const copied = await t.store.get('reports/latest/index.html');
      expect(text(copied)).toBe('new run');
    });

    // s3rver decodes the copy source with decodeURI, so `&`, `+` and `%`
    // stay encoded there: their encoding is checked request by request.
    it('copies keys with spaces and non-ASCII characters', async () => {
      // Prepare
      await t.store.put('reports/d1/isp/Acme Télécom.html', 'odd');
      // Act
      await t.store.copy(
        'reports/d1/isp/Acme Télécom.html',
        'reports/latest/isp/Acme Télécom.html',
      );
      // Assess
      const copied = await t.store.get('reports/latest/isp/Acme Télécom.html');
      expect(text(copied)).toBe('odd');
    });

    it('gives the copy the content type given, or else the one of the source', async () => {
      // Prepare
      const typeOf = t.subject.contentTypeOf;
      if (typeOf === undefined) return;
      await t.store.put('reports/d1/a.csv', 'a\n1\n', 'text/csv');
      // Act
      await t.store.copy('reports/d1/a.csv', 'reports/latest/a.csv', 'text/x');
      await t.store.copy('reports/d1/a.csv', 'reports/latest/b.csv');
      // Assess
      expect(await typeOf('reports/latest/a.csv')).toBe('text/x');
      expect(await typeOf('reports/latest/b.csv')).toBe('text/csv');
    });

    it('fails with a StoreError naming a missing source and writes nothing', async () => {
      // Prepare
      await t.store.put('reports/latest/index.html', 'kept');
      // Act
      const copy = t.store.copy(
        'reports/d9/index.html',
        'reports/latest/index.html',
      );
      // Assess
      await expect(copy).rejects.toBeInstanceOf(StoreError);
      await expect(copy).rejects.toThrow('reports/d9/index.html');
      const kept = await t.store.get('reports/latest/index.html');
      expect(text(kept)).toBe('kept');
      expect(await t.store.list('reports/')).toEqual([
        'reports/latest/index.html',
      ]);
    });
  });
}
