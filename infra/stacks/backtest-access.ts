import type { Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import { BACKTEST_ID_PREFIX, BACKTEST_KEY } from '#lib/domain/backtest';
import { backtestFiles } from '#lib/domain/backtest-summary';
import { ROLLUP_LOCK_KEY } from '#lib/domain/vocabulary';
import type { PipelineFunction } from '../constructs/pipeline-function.ts';
import type { GrantedPrefixes } from './nag-acknowledgements.ts';
import { lakeStatements } from './pipeline-access.ts';
import {
  allow,
  prefixReadStatements,
  prefixWriteStatement,
} from './prefix-statements.ts';
import { COMMON_READS } from './stage-object-reads.ts';

/** Where the backtest keeps its working files (`backtestKeys`). */
const WORK_PREFIX = `runs/${BACKTEST_ID_PREFIX}`;

/** The backtest function and the resources it uses. */
export interface BacktestAccess {
  readonly lake: s3.IBucket;
  readonly reports: s3.IBucket;
  readonly databaseName: string;
  readonly workGroupName: string;
  readonly backtest: PipelineFunction;
}

/**
 * Grants the backtest function (every step of the backtest state machine) least privilege: Athena queries in the
 * workgroup over `series_daily` (its partitions listed from
 * `series_daily/`) and `inventory_links` only, the inventory and
 * configuration, the batches' rows it unloads under the lake's
 * `runs/backtest-*`, and the lake's lock, which the plan holds while it
 * reads (`state/rollup.lock`, no other key of the lake's state); in the report
 * bucket, its own working files under `runs/backtest-*` (read, listed,
 * written) and the two objects it may write, `state/backtest.json`
 * and, beside it, its summary (`backtestFiles`: written in pieces, so it
 * may abort their multipart uploads); nothing else there,
 * not even a read.
 *
 * @param stack - the pipeline stack
 * @param access - the function, buckets, database and workgroup
 * @returns the object prefixes granted, for the cdk-nag acknowledgements
 * @example
 * grantBacktestAccess(this, { lake, reports, databaseName, workGroupName,
 *   backtest });
 */
export function grantBacktestAccess(
  stack: Stack,
  access: BacktestAccess,
): GrantedPrefixes[] {
  const statements = [
    ...lakeStatements(stack, {
      lakeBucket: access.lake,
      databaseName: access.databaseName,
      workGroupName: access.workGroupName,
      // inventory_links: the plan places the batches' links by the
      // groups the last rollup gave them (`backtestSeriesSql`).
      tables: ['series_daily', 'inventory_links'],
      readPrefixes: ['series_daily/', 'inventory_links/', ...COMMON_READS],
      // The plan UNLOADs every batch's rows into the lake's
      // runs/backtest-*/series/ (Athena writes with the caller's rights,
      // after the plan empties the prefix) and each batch reads its own;
      // the plan reads the lake holding its lock, as the run's plan does.
      writePrefixes: [WORK_PREFIX, ROLLUP_LOCK_KEY],
    }),
    ...reportStatements(access.reports),
  ];
  allow(access.backtest, statements);
  return [
    { bucket: 'lake', prefixes: [WORK_PREFIX, ROLLUP_LOCK_KEY] },
    { bucket: 'reports', prefixes: [WORK_PREFIX] },
  ];
}

/**
 * The backtest's rights in the report bucket: put (in pieces, so abort
 * their multipart uploads) `state/backtest.json` and its summary
 * (`backtestFiles`), and read, list and write its working files under
 * `runs/backtest-*`. Without s3:ListBucket S3 answers a missing working
 * file (a batch that never ran, a redrive after the runs/ lifecycle rule)
 * with 403 Access Denied, not NoSuchKey, and the step could not say the
 * file is missing.
 */
function reportStatements(reports: s3.IBucket): iam.PolicyStatement[] {
  return [
    new iam.PolicyStatement({
      actions: ['s3:PutObject', 's3:AbortMultipartUpload'],
      resources: Object.values(backtestFiles(BACKTEST_KEY)).map((key) =>
        reports.arnForObjects(key),
      ),
    }),
    ...prefixReadStatements(reports, [WORK_PREFIX]),
    prefixWriteStatement(reports, [WORK_PREFIX]),
  ];
}
