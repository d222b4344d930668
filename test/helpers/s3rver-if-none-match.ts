/** The parts of a Koa context the middleware reads and writes. */
interface KoaContext {
  readonly method: string;
  readonly path: string;
  get(header: string): string;
  status: number;
  type: string;
  body: unknown;
}

/** The part of s3rver's store the middleware asks. */
export interface S3rverStore {
  existsObject(bucket: string, key: string): Promise<boolean>;
}

const PRECONDITION_FAILED =
  '<?xml version="1.0" encoding="UTF-8"?><Error><Code>PreconditionFailed</Code>' +
  '<Message>At least one of the pre-conditions you specified did not hold</Message>' +
  '<Condition>If-None-Match</Condition></Error>';

/**
 * Koa middleware that gives s3rver (which predates S3 conditional writes)
 * the create-only PutObject: with `If-None-Match: *` on a key that exists,
 * 412 PreconditionFailed as S3 answers. Path-style requests only. Unlike
 * S3 the check and the write are not atomic, which is enough for tests
 * that start the second writer after the first wrote.
 *
 * @param store - the server's object store
 * @returns the middleware, to put first in the server's stack
 * @example
 * server.middleware.unshift(ifNoneMatch(server.store));
 */
export function ifNoneMatch(store: S3rverStore) {
  return async (ctx: KoaContext, next: () => Promise<void>) => {
    if (ctx.method === 'PUT' && ctx.get('if-none-match') === '*') {
      const [bucket = '', ...rest] = ctx.path.slice(1).split('/');
      const key = decodeURIComponent(rest.join('/'));
      if (key && (await store.existsObject(bucket, key))) {
        ctx.status = 412;
        ctx.type = 'application/xml';
        ctx.body = PRECONDITION_FAILED;
        return;
      }
    }
    await next();
  };
}
