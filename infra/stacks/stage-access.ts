import type { Stack } from 'aws-cdk-lib';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import {
  ROLLUP_LOCK_KEY,
  RUN_DATE_LOCK_PREFIX,
  RUN_ROLLUPS_PREFIX,
} from '#lib/domain/vocabulary';
import type { PipelineFunction } from '../constructs/pipeline-function.ts';
import type { GrantedPrefixes } from './nag-acknowledgements.ts';
import { lakeStatements } from './pipeline-access.ts';
import {
  allow,
  lockStatements,
  prefixWriteStatement,
  reportStatements,
} from './prefix-statements.ts';
import { COMMON_READS, grantObjectReads } from './stage-object-reads.ts';

/** The stage functions and the resources they use. */
export interface StageAccess {
  readonly lake: s3.IBucket;
  readonly reports: s3.IBucket;
  readonly databaseName: string;
  readonly workGroupName: string;
  readonly functions: {
    readonly rollup: PipelineFunction;
    readonly plan: PipelineFunction;
    readonly shard: PipelineFunction;
    readonly publish: PipelineFunction;
  };
}

/** Lake prefixes the rollup replaces. */
const ROLLUP_WRITES = [
  'series_daily/',
  'quality_daily/',
  'inventory_links/',
  'rollup-staging/',
  'state/',
];

/** Report-bucket prefixes each stage reads and writes. */
const REPORT_PREFIXES = {
  // Its summary and batch limits (state/rollup.json); and, written only,
  // the summary for the execution's plan (RUN_ROLLUPS_PREFIX).
  rollup: ['state/'],
  // Plan, shard list and inputs, quality report; the rollup summary read.
  plan: ['runs/', 'state/'],
  // The run's plan and the shard's inventory; the shard's results.
  shard: ['runs/'],
  // Every shard's results and pages; report set, latest/, notifications.
  publish: ['runs/', 'reports/', 'state/'],
} as const;

/** Every report prefix some stage is granted (for cdk-nag). */
const REPORT_GRANTS = new Set(Object.values(REPORT_PREFIXES).flat());

/**
 * Grants each stage function least-privilege access: Athena and Glue only
 * where it queries, lake prefixes it reads or replaces, report prefixes
 * it uses.
 *
 * @param stack - the pipeline stack
 * @param access - functions, buckets, database and workgroup
 * @returns the object prefixes granted per bucket (for cdk-nag)
 * @example
 * const granted = grantStageAccess(this, { lake, reports, … });
 */
export function grantStageAccess(
  stack: Stack,
  access: StageAccess,
): GrantedPrefixes[] {
  grantQueries(stack, access);
  grantObjectReads(access);
  for (const [step, prefixes] of Object.entries(REPORT_PREFIXES)) {
    const fn = access.functions[step as keyof typeof REPORT_PREFIXES];
    allow(fn, reportStatements(access.reports, prefixes));
  }
  // The plan reads the rollup's summary, the runs/ lifecycle rule expires it.
  const summaries = prefixWriteStatement(access.reports, [RUN_ROLLUPS_PREFIX]);
  allow(access.functions.rollup, [summaries]);
  // The as-of date's run lock (locks/run-<asOf>.lock, claimRunDate): the
  // rollup creates and reads it, publish checks it (and takes it again if
  // it expired); only the state machine deletes it.
  for (const fn of [access.functions.rollup, access.functions.publish]) {
    allow(fn, lockStatements(access.reports, [RUN_DATE_LOCK_PREFIX]));
  }
  return [
    {
      bucket: 'lake',
      prefixes: [
        'traffic/',
        ...ROLLUP_WRITES,
        ROLLUP_LOCK_KEY,
        'athena-results/',
        'runs/',
        ...COMMON_READS,
      ],
    },
    {
      bucket: 'reports',
      prefixes: [...REPORT_GRANTS, RUN_ROLLUPS_PREFIX, RUN_DATE_LOCK_PREFIX],
    },
  ];
}

/**
 * Athena, Glue and lake access for the two stages that query: the rollup
 * and the plan.
 */
function grantQueries(stack: Stack, access: StageAccess): void {
  // The rollup writes the validated inventory as Parquet for the SQL,
  // stages its partitioned UNLOADs in an empty prefix and holds the lake's
  // rollup lock (state/rollup.lock) while it writes; the plan reads the
  // same tables holding that lock (its only key in the lake's state/),
  // and UNLOADs the shard inputs into the lake's runs/ (Athena writes
  // with the caller's rights).
  const rollup = {
    lakeBucket: access.lake,
    databaseName: access.databaseName,
    workGroupName: access.workGroupName,
    tables: ['traffic', 'inventory_links', 'series_daily', 'quality_daily'],
    readPrefixes: ['traffic/', ...COMMON_READS],
    writePrefixes: ROLLUP_WRITES,
  };
  allow(access.functions.rollup, lakeStatements(stack, rollup));
  allow(
    access.functions.plan,
    lakeStatements(stack, {
      ...rollup,
      writePrefixes: ['runs/', ROLLUP_LOCK_KEY],
    }),
  );
}
