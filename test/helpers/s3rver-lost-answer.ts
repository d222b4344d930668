/** The parts of a Koa context the middleware reads and writes. */
interface KoaContext {
  readonly method: string;
  readonly path: string;
  status: number;
  type: string;
  body: unknown;
}

const INTERNAL_ERROR =
  '<?xml version="1.0" encoding="UTF-8"?><Error><Code>InternalError</Code>' +
  '<Message>We encountered an internal error. Please try again.</Message></Error>';

/** Which PUT (or DELETE) loses its answer, and what happens meanwhile. */
export interface LostAnswer {
  /** The object's key (path-style: the path after the bucket). */
  readonly key: string;
  /** The request's method: PUT (the default) or DELETE. */
  readonly method?: 'PUT' | 'DELETE';
  /** Which request of the key loses its answer: 1 (the default), 2, … */
  readonly nth?: number;
  /** Whether S3 carried the request out before its answer was lost. */
  readonly written: boolean;
  /** Something done before the answer goes (another writer's PUT). */
  readonly meanwhile?: () => Promise<void>;
}

/**
 * Koa middleware for s3rver (put after `conditionalPut`, through
 * `startS3rver`'s faults) that answers the first PUT (or DELETE) of a key
 * 500 InternalError (or its `nth`), after carrying it out or not: S3 may
 * answer 500 to a change it made, and an answer lost on the way (a reset
 * connection) looks the same to the SDK, which sends the request again.
 *
 * @param lost - the key, and whether the first PUT is written
 * @returns the middleware, and how many answers it has lost
 * @example
 * const fault = loseAnswer({ key: 'state/run.lock', written: true });
 * const s3 = await startS3rver(['reports'], [fault.middleware]);
 */
export function loseAnswer(lost: LostAnswer) {
  const state = { calls: 0, lost: 0 };
  const middleware = async (ctx: KoaContext, next: () => Promise<void>) => {
    const key = decodeURIComponent(ctx.path.split('/').slice(2).join('/'));
    if (ctx.method !== (lost.method ?? 'PUT') || key !== lost.key)
      return next();
    state.calls += 1;
    if (state.calls !== (lost.nth ?? 1)) return next();
    if (lost.written) await next();
    await lost.meanwhile?.();
    state.lost += 1;
    ctx.status = 500;
    ctx.type = 'application/xml';
    ctx.body = INTERNAL_ERROR;
  };
  return { middleware, lost: () => state.lost };
}
