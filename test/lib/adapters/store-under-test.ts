import { beforeEach } from 'vitest';
import type { ObjectStore } from '#lib/ports/object-store';

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
 * For each test of the calling describe block: a fresh store from
 * `create`, disposed of after the test. The contract suites read it as
 * `t.store` and `t.subject`.
 *
 * @param create - makes an empty store
 * @returns the current test's subject and its store
 * @example
 * const t = useStoreUnderTest(create);
 * it('…', async () => { await t.store.put('a', 'x'); });
 */
export function useStoreUnderTest(create: () => Promise<StoreUnderTest>) {
  const t = {} as { subject: StoreUnderTest; store: ObjectStore };
  beforeEach(async () => {
    t.subject = await create();
    t.store = t.subject.store;
    return () => t.subject.dispose();
  });
  return t;
}
