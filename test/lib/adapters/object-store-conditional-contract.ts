import { describe, expect, it } from 'vitest';
import { StoreConflictError } from '#lib/errors';
import { text } from '../../helpers/store-text.ts';
import { type StoreUnderTest, useStoreUnderTest } from './store-under-test.ts';

/**
 * What every `ObjectStore` does with conditional writes (`putIf`): a
 * create with ifNoneMatch only when the key is absent, a replace with
 * ifMatch only of the version read, one winner among racing creates; a
 * backend that ignores conditional headers (s3rver) skips them. Part of
 * `describeObjectStoreContract`.
 *
 * @param name - the adapter's name, for the describe block
 * @param create - makes an empty store
 * @example
 * describeObjectStoreConditionalContract('FsObjectStore', async () => ({ … }));
 */
export function describeObjectStoreConditionalContract(
  name: string,
  create: () => Promise<StoreUnderTest>,
): void {
  describe(`${name} (ObjectStore contract)`, () => {
    const t = useStoreUnderTest(create);

    it('creates with ifNoneMatch only when the key is absent', async () => {
      // Prepare
      if (t.subject.conditional === false) return;
      const first = await t.store.putIf('state/run.lock', 'a', {
        ifNoneMatch: '*',
      });
      // Act
      const second = t.store.putIf('state/run.lock', 'b', { ifNoneMatch: '*' });
      // Assess
      await expect(second).rejects.toBeInstanceOf(StoreConflictError);
      expect(text(await t.store.get('state/run.lock'))).toBe('a');
      expect((await t.store.getVersioned('state/run.lock'))?.version).toBe(
        first,
      );
    });

    it('replaces with ifMatch only the version that was read', async () => {
      // Prepare
      if (t.subject.conditional === false) return;
      await t.store.put('state/n.json', 'v1');
      const read = (await t.store.getVersioned('state/n.json'))!;
      // Act
      const next = await t.store.putIf('state/n.json', 'v2', {
        ifMatch: read.version,
      });
      const stale = t.store.putIf('state/n.json', 'v3', {
        ifMatch: read.version,
      });
      // Assess
      await expect(stale).rejects.toBeInstanceOf(StoreConflictError);
      expect(text(await t.store.get('state/n.json'))).toBe('v2');
      expect((await t.store.getVersioned('state/n.json'))?.version).toBe(next);
      expect(await t.store.list('state/')).toEqual(['state/n.json']);
    });

    it('refuses as a conflict an ifMatch write of a key removed since it was read', async () => {
      // Prepare: a lock read, then released by its holder (S3 answers
      // such a write 404 NoSuchKey, not 412)
      if (t.subject.conditional === false) return;
      await t.store.put('state/run.lock', 'a');
      const read = (await t.store.getVersioned('state/run.lock'))!;
      await t.store.delete(['state/run.lock']);
      // Act
      const takeover = t.store.putIf('state/run.lock', 'b', {
        ifMatch: read.version,
      });
      // Assess: the conflict a taker retries on, and nothing written
      await expect(takeover).rejects.toBeInstanceOf(StoreConflictError);
      expect(await t.store.get('state/run.lock')).toBeUndefined();
    });

    it('lets exactly one of several racing creates win', async () => {
      // Prepare
      if (t.subject.conditional === false) return;
      const attempts = ['a', 'b', 'c', 'd'].map((who) =>
        t.store.putIf('state/race.lock', who, { ifNoneMatch: '*' }),
      );
      // Act
      const results = await Promise.allSettled(attempts);
      // Assess
      const won = results.filter((r) => r.status === 'fulfilled');
      expect(won).toHaveLength(1);
    });
  });
}
