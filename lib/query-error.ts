import { HeadroomError } from './errors.ts';

/**
 * A query failed in the engine (Athena or DuckDB).
 *
 * @example
 * throw new QueryError(`Athena query ${id} FAILED: ${reason}`, { cause });
 */
export class QueryError extends HeadroomError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('QUERY.FAILED', message, options);
    this.name = 'QueryError';
  }
}

/**
 * The engine stopped on lake data it cannot read (Athena's HIVE_BAD_DATA,
 * HIVE_CANNOT_OPEN_SPLIT, …): the day can be set aside, not the run.
 *
 * @example
 * throw new LakeDataError(`${shown} is not a day of the lake`);
 */
export class LakeDataError extends QueryError {
  /** The lake file at fault (`traffic/dt=…/name`), when the engine knows it. */
  readonly file?: string;
  constructor(message: string, options?: { cause?: unknown; file?: string }) {
    super(message, options);
    this.name = 'LakeDataError';
    Object.assign(this, { code: 'QUERY.BAD_DATA' });
    if (options?.file !== undefined) this.file = options.file;
  }
}

/**
 * The engine stopped a query that ran out of time (past its own timeout
 * or the caller's deadline), or started none once the deadline had
 * passed: the rollup halves such a batch on its next run.
 *
 * @example
 * throw new QueryTimeoutError(`Athena query ${id} still RUNNING: cancelled`);
 */
export class QueryTimeoutError extends QueryError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'QueryTimeoutError';
    Object.assign(this, { code: 'QUERY.TIMED_OUT' });
  }
}

/**
 * A rollup batch whose query ran out of time; `next` is the days and raw
 * bytes per batch the next rollup keeps to.
 *
 * @example
 * throw new RollupBatchCutError(`${timeout.message}: ${what}`,
 *   { days: 4, bytes: 2e9 }, timeout);
 */
export class RollupBatchCutError extends QueryTimeoutError {
  readonly next: { readonly days: number; readonly bytes: number };
  constructor(
    message: string,
    next: RollupBatchCutError['next'],
    cause: Error,
  ) {
    super(message, { cause });
    this.name = 'RollupBatchCutError';
    Object.assign(this, { code: 'ROLLUP.BATCH_CUT' });
    this.next = next;
  }
}
