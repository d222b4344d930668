import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** The parts of a Koa context the middleware reads and writes. */
interface KoaContext {
  readonly method: string;
  readonly path: string;
  readonly query: Record<string, string | string[] | undefined>;
  status: number;
  type: string;
  body: unknown;
}

/** The part of s3rver's file store that says where uploads are kept. */
export interface S3rverUploads {
  getResourcePath(bucket: string, key: undefined, resource: string): string;
}

const NO_SUCH_UPLOAD =
  '<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchUpload</Code>' +
  '<Message>The specified upload does not exist</Message></Error>';

/** The folder of one multipart upload's parts, below s3rver's root. */
const uploadFolder = (store: S3rverUploads, bucket: string, id: string) =>
  join(store.getResourcePath(bucket, undefined, 'uploads'), id);

/**
 * Koa middleware that gives s3rver (which completes multipart uploads but
 * answers 405 to AbortMultipartUpload) S3's abort: `DELETE
 * /bucket/key?uploadId=…` removes the upload's parts and answers 204, or
 * 404 NoSuchUpload. Path-style requests only.
 *
 * @param store - the server's file store
 * @returns the middleware, to put first in the server's stack
 * @example
 * server.middleware.unshift(abortUpload(server.store));
 */
export function abortUpload(store: S3rverUploads) {
  return async (ctx: KoaContext, next: () => Promise<void>) => {
    const id = ctx.query.uploadId;
    if (ctx.method !== 'DELETE' || typeof id !== 'string') return next();
    const [bucket = ''] = ctx.path.slice(1).split('/');
    const folder = uploadFolder(store, bucket, id);
    const found = /^[0-9a-f]+$/.test(id) && (await stat(folder).catch(() => 0));
    if (!found) {
      ctx.status = 404;
      ctx.type = 'application/xml';
      ctx.body = NO_SUCH_UPLOAD;
      return;
    }
    await rm(folder, { recursive: true, force: true });
    ctx.status = 204;
    ctx.body = null;
  };
}

/**
 * How many multipart uploads of a bucket s3rver holds: begun, and neither
 * completed nor aborted.
 *
 * @param store - the server's file store
 * @param bucket - the bucket
 * @returns the number of uploads in progress
 * @example
 * expect(await pendingUploads(server.store, 'reports')).toBe(0);
 */
export async function pendingUploads(
  store: S3rverUploads,
  bucket: string,
): Promise<number> {
  const folder = store.getResourcePath(bucket, undefined, 'uploads');
  return (await readdir(folder).catch(() => [])).length;
}
