import type { Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as s3 from 'aws-cdk-lib/aws-s3';

/** What one function may touch in the lake and the catalog. */
export interface LakeAccess {
  readonly lakeBucket: s3.IBucket;
  readonly databaseName: string;
  readonly workGroupName: string;
  /** Glue tables it queries. */
  readonly tables: readonly string[];
  /** Lake prefixes it reads (besides `athena-results/`). */
  readonly readPrefixes: readonly string[];
  /** Lake prefixes it replaces (UNLOAD writes, old files deleted). */
  readonly writePrefixes: readonly string[];
}

const ATHENA_ACTIONS = [
  'athena:StartQueryExecution',
  'athena:GetQueryExecution',
  'athena:GetQueryResults',
  'athena:StopQueryExecution',
];
const GLUE_ACTIONS = [
  'glue:GetDatabase',
  'glue:GetTable',
  'glue:GetPartition',
  'glue:GetPartitions',
];

/**
 * Least-privilege statements for Athena queries over the lake: the one
 * workgroup, the named Glue tables, and object access only below the given
 * prefixes (plus `athena-results/`, where the workgroup writes results).
 *
 * @param stack - the stack the ARNs are formatted in
 * @param access - the workgroup, tables and prefixes
 * @returns the policy statements
 * @example
 * lakeStatements(stack, { lakeBucket, databaseName: 'headroom_dev',
 *   workGroupName: 'headroom-dev', tables: ['traffic'],
 *   readPrefixes: ['traffic/'], writePrefixes: [] });
 */
export function lakeStatements(
  stack: Stack,
  access: LakeAccess,
): iam.PolicyStatement[] {
  return [
    ...queryStatements(stack, access),
    ...lakeObjectStatements(access.lakeBucket, {
      readable: [...access.readPrefixes, 'athena-results/'],
      writable: [...access.writePrefixes, 'athena-results/'],
    }),
  ];
}

/** Running queries in the one workgroup over the named Glue tables. */
function queryStatements(
  stack: Stack,
  access: LakeAccess,
): iam.PolicyStatement[] {
  const { databaseName } = access;
  const glue = (resource: string, resourceName: string) =>
    stack.formatArn({ service: 'glue', resource, resourceName });
  return [
    new iam.PolicyStatement({
      actions: ATHENA_ACTIONS,
      resources: [
        stack.formatArn({
          service: 'athena',
          resource: 'workgroup',
          resourceName: access.workGroupName,
        }),
      ],
    }),
    new iam.PolicyStatement({
      actions: GLUE_ACTIONS,
      resources: [
        stack.formatArn({ service: 'glue', resource: 'catalog' }),
        glue('database', databaseName),
        ...access.tables.map((table) =>
          glue('table', `${databaseName}/${table}`),
        ),
      ],
    }),
  ];
}

/** Lake objects: read below `readable`, replaced below `writable`. */
function lakeObjectStatements(
  bucket: s3.IBucket,
  prefixes: {
    readonly readable: readonly string[];
    readonly writable: readonly string[];
  },
): iam.PolicyStatement[] {
  const objects = (list: readonly string[]) =>
    list.map((prefix) => bucket.arnForObjects(`${prefix}*`));
  const touched = [...new Set([...prefixes.readable, ...prefixes.writable])];
  return [
    // Athena calls GetBucketLocation on the result bucket with no prefix:
    // under the ListBucket prefix condition it would always be denied.
    new iam.PolicyStatement({
      actions: ['s3:GetBucketLocation'],
      resources: [bucket.bucketArn],
    }),
    new iam.PolicyStatement({
      actions: ['s3:ListBucket'],
      resources: [bucket.bucketArn],
      conditions: {
        StringLike: { 's3:prefix': touched.map((p) => `${p}*`) },
      },
    }),
    new iam.PolicyStatement({
      actions: ['s3:GetObject'],
      resources: objects(touched),
    }),
    new iam.PolicyStatement({
      actions: [
        's3:PutObject',
        's3:AbortMultipartUpload',
        's3:ListMultipartUploadParts',
        's3:DeleteObject',
      ],
      resources: objects(prefixes.writable),
    }),
  ];
}
