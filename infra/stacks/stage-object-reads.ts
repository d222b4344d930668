import type * as iam from 'aws-cdk-lib/aws-iam';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import { allow, prefixReadStatements } from './prefix-statements.ts';

/** Every function reads the configuration and the inventory at cold start. */
export const COMMON_READS = ['inventory/', 'config/'];

/** The buckets, and the stage functions that read them. */
interface ObjectReaders {
  readonly lake: s3.IBucket;
  readonly reports: s3.IBucket;
  readonly functions: Record<'plan' | 'shard' | 'publish', { role: iam.IRole }>;
}

/**
 * Plain object reads: the two stages that do not query, and the plan's
 * and the shard's reads of the published reports.
 *
 * @param access - the buckets and the functions
 * @example
 * grantObjectReads({ lake, reports, functions });
 */
export function grantObjectReads(access: ObjectReaders): void {
  const { lake, reports, functions: fns } = access;
  // The shard reads its Parquet input straight from the lake, and
  // publish reads only the report store: neither queries Athena.
  allow(fns.shard, prefixReadStatements(lake, [...COMMON_READS, 'runs/']));
  allow(fns.publish, prefixReadStatements(lake, COMMON_READS));
  // The plan finds the published runs (reports/<date>/manifest.json) and
  // the shard reads their forecast points (reports/<date>/forecast-points/)
  // for its ISPs' accuracy: read-only (docs/architecture.md "The accuracy
  // page's figures").
  allow(fns.plan, prefixReadStatements(reports, ['reports/']));
  allow(fns.shard, prefixReadStatements(reports, ['reports/']));
}
