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

/** Which PUT loses its answer, and what happens to it meanwhile. */
export interface LostAnswer {
  /** The object's key (path-style: the path after the bucket). */
  readonly key: string;
  /** Which PUT of the key loses its answer: 1 (the default), 2, … */
  readonly nth?: number;
  /** Whether S3 carried the write out before its answer was lost. */
  readonly written: boolean;
  /** Something done before the answer goes (another writer's PUT). */
  readonly meanwhile?: () => Promise<void>;
}

/**
 * Koa middleware for s3rver (put after `conditionalPut`, through
 * `startS3rver`'s faults) that answers the first PUT of a key 500
 * InternalError (or its `nth`), after carrying it out or not: S3 may answer 500 to a
 * write it made, and an answer lost on the way (a reset connection) looks
 * the same to the SDK, which sends the PUT again.
 *
 * @param lost - the key, and whether the first PUT is written
 * @returns the middleware, and how many answers it has lost
 * @example
 * const fault = loseAnswer({ key: 'state/run.lock', written: true });
 * const s3 = await startS3rver(['reports'], [fault.middleware]);
 */
export function loseAnswer(lost: LostAnswer) {
  const state = { puts: 0, lost: 0 };
  const middleware = async (ctx: KoaContext, next: () => Promise<void>) => {
    const key = decodeURIComponent(ctx.path.split('/').slice(2).join('/'));
    if (ctx.method !== 'PUT' || key !== lost.key) return next();
    state.puts += 1;
    if (state.puts !== (lost.nth ?? 1)) return next();
    if (lost.written) await next();
    await lost.meanwhile?.();
    state.lost += 1;
    ctx.status = 500;
    ctx.type = 'application/xml';
    ctx.body = INTERNAL_ERROR;
  };
  return { middleware, lost: () => state.lost };
}
