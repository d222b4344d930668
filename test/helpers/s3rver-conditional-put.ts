/** The parts of a Koa context the middleware reads and writes. */
interface KoaContext {
  readonly method: string;
  readonly path: string;
  get(header: string): string;
  status: number;
  type: string;
  body: unknown;
}

/** An object as s3rver's store returns it: its ETag, and its open body. */
interface S3rverObject {
  readonly metadata: { readonly etag: string };
  readonly content?: { destroy(): void } | null;
}

/** The part of s3rver's store the middleware asks. */
export interface S3rverStore {
  getBucket(bucket: string): Promise<object | null>;
  getObject(bucket: string, key: string): Promise<S3rverObject | null>;
}

const errorXml = (code: string, message: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`;

/** The request's condition, when S3 checks one for its method. */
function conditionOf(ctx: KoaContext): string {
  // S3 checks If-Match on a DeleteObject; If-None-Match only on writes.
  if (ctx.method === 'DELETE') return ctx.get('if-match');
  if (ctx.method === 'PUT')
    return ctx.get('if-none-match') || ctx.get('if-match');
  return '';
}

/** S3's answer to a conditional PUT or DELETE that may not go ahead, if any. */
function refusal(
  ctx: KoaContext,
  etag: string | undefined,
): { status: number; code: string; message: string } | undefined {
  const ifNoneMatch = ctx.method === 'PUT' ? ctx.get('if-none-match') : '';
  const ifMatch = ctx.get('if-match');
  if (ifNoneMatch === '*' && etag !== undefined) {
    const message =
      'At least one of the pre-conditions you specified did not hold';
    return { status: 412, code: 'PreconditionFailed', message };
  }
  if (!ifMatch) return undefined;
  // S3 answers If-Match on a key with no object 404, not 412.
  if (etag === undefined) {
    const message = 'The specified key does not exist.';
    return { status: 404, code: 'NoSuchKey', message };
  }
  if (ifMatch === '*') return;
  if (ifMatch.replaceAll('"', '') === etag.replaceAll('"', '')) return;
  const message =
    'At least one of the pre-conditions you specified did not hold';
  return { status: 412, code: 'PreconditionFailed', message };
}

/**
 * Koa middleware that gives s3rver (which predates S3 conditional writes)
 * S3's conditional PutObject and DeleteObject: `If-None-Match: *` on a
 * key that exists and `If-Match` with another ETag are refused 412
 * PreconditionFailed, `If-Match` on a key with no object 404 NoSuchKey,
 * as S3 answers (in a bucket that exists: a request to none is answered
 * 404 NoSuchBucket); a DeleteObject checks only `If-Match`. Conditional
 * requests of one key run one at a time, so that the check and the
 * change are atomic among them (a plain one is not held back).
 * Path-style requests only.
 *
 * @param store - the server's object store
 * @returns the middleware, to put first in the server's stack
 * @example
 * server.middleware.unshift(conditionalPut(server.store));
 */
export function conditionalPut(store: S3rverStore) {
  const queues = new Map<string, Promise<unknown>>();
  return async (ctx: KoaContext, next: () => Promise<void>) => {
    if (!conditionOf(ctx)) return next();
    const [bucket = '', ...rest] = ctx.path.slice(1).split('/');
    const key = decodeURIComponent(rest.join('/'));
    const queued = queues.get(ctx.path) ?? Promise.resolve();
    const turn = queued.then(async () => {
      // No bucket: s3rver's NoSuchBucket, as S3 answers any request there.
      if ((await store.getBucket(bucket)) === null) return next();
      const object = await store.getObject(bucket, key);
      object?.content?.destroy();
      const refused = refusal(ctx, object?.metadata.etag);
      if (refused === undefined) return next();
      ctx.status = refused.status;
      ctx.type = 'application/xml';
      ctx.body = errorXml(refused.code, refused.message);
    });
    const settled = turn.catch(() => undefined);
    queues.set(ctx.path, settled);
    await turn;
    if (queues.get(ctx.path) === settled) queues.delete(ctx.path);
  };
}
