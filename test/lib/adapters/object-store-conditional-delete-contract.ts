import { describe, expect, it } from 'vitest';
import { StoreConflictError } from '#lib/errors';
import { text } from '../../helpers/store-text.ts';
import { type StoreUnderTest, useStoreUnderTest } from './store-under-test.ts';

/**
 * What every `ObjectStore` does with a conditional delete (`deleteIf`),
 * as S3's DeleteObject with `If-Match` does: it deletes only the version
 * read, refuses another as a conflict and leaves the object, and leaves a
 * key with no object as it is. Part of `describeObjectStoreContract`.
 *
 * @param name - the adapter's name, for the describe block
 * @param create - makes an empty store
 * @example
 * describeObjectStoreConditionalDeleteContract('FsObjectStore', create);
 */
export function describeObjectStoreConditionalDeleteContract(
  name: string,
  create: () => Promise<StoreUnderTest>,
): void {
  describe(`${name} (ObjectStore contract)`, () => {
    const t = useStoreUnderTest(create);

    it('deletes with ifMatch only the version that was read', async () => {
      // Prepare: a lock read by its holder, then taken over by another run
      if (t.subject.conditional === false) return;
      await t.store.put('state/run.lock', 'mine');
      const mine = (await t.store.getVersioned('state/run.lock'))!;
      const theirs = await t.store.putIf('state/run.lock', 'theirs', {
        ifMatch: mine.version,
      });
      // Act
      const stale = t.store.deleteIf('state/run.lock', {
        ifMatch: mine.version,
      });
      // Assess: refused, and the other run's lock is still there; its own
      // version deletes it
      await expect(stale).rejects.toBeInstanceOf(StoreConflictError);
      expect(text(await t.store.get('state/run.lock'))).toBe('theirs');
      await t.store.deleteIf('state/run.lock', { ifMatch: theirs });
      expect(await t.store.get('state/run.lock')).toBeUndefined();
      expect(await t.store.list('state/')).toEqual([]);
    });

    it('leaves a key with no object as it is on a conditional delete', async () => {
      // Prepare: a lock read, then released by its holder
      if (t.subject.conditional === false) return;
      await t.store.put('state/run.lock', 'a');
      const read = (await t.store.getVersioned('state/run.lock'))!;
      await t.store.delete(['state/run.lock']);
      // Act
      await t.store.deleteIf('state/run.lock', { ifMatch: read.version });
      // Assess: nothing there, nothing written
      expect(await t.store.get('state/run.lock')).toBeUndefined();
      expect(await t.store.list('state/')).toEqual([]);
    });
  });
}
