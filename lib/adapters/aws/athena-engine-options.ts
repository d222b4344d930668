import type { AthenaClient, QueryExecution } from '@aws-sdk/client-athena';
import { executeAthenaQuery } from './athena-execution.ts';
import type { AthenaTiming } from './athena-timing.ts';

/** Resource names and timing for `AthenaQueryEngine`. */
export interface AthenaQueryEngineOptions extends AthenaTiming {
  /** The workgroup; it enforces the result location and the scan cap. */
  readonly workGroup: string;
  /** The Glue database holding `traffic`, `series_daily`, … */
  readonly database: string;
  /** The lake bucket (tables live under `<table>/dt=YYYY-MM-DD/`). */
  readonly lakeBucket: string;
}

/** Runs one statement to its end; `what` names it in a failure. */
export type AthenaRun = (sql: string, what: string) => Promise<QueryExecution>;

/**
 * Runs statements in the options' workgroup and database, polled and
 * timed out as they say (`executeAthenaQuery`).
 *
 * @param athena - the Athena client
 * @param options - workgroup, database and timing
 * @returns a function running one statement to its end
 * @example
 * const run = athenaRun(athena, options);
 * await run('SELECT 1', 'SELECT 1');
 */
export function athenaRun(
  athena: AthenaClient,
  options: AthenaQueryEngineOptions,
): AthenaRun {
  return (sql, what) => {
    const { workGroup, database } = options;
    return executeAthenaQuery(
      athena,
      sql,
      { workGroup, database, what },
      options,
    );
  };
}
