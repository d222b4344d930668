import * as iam from 'aws-cdk-lib/aws-iam';
import type * as s3 from 'aws-cdk-lib/aws-s3';

/**
 * Object reads and listing below the given prefixes of a bucket, without
 * Athena: what a function that reads files straight from S3 needs.
 *
 * @param bucket - the lake or report bucket
 * @param prefixes - e.g. `['inventory/', 'config/']`
 * @returns the policy statements
 * @example
 * prefixReadStatements(lakeBucket, ['runs/']).forEach((s) =>
 *   role.addToPolicy(s));
 */
export function prefixReadStatements(
  bucket: s3.IBucket,
  prefixes: readonly string[],
): iam.PolicyStatement[] {
  return prefixStatements(bucket, prefixes, ['s3:GetObject']);
}

/**
 * Access to the report store below the given prefixes: objects (read,
 * write, delete), aborting a multipart upload (a write in pieces that
 * failed) and listing.
 *
 * @param bucket - the report bucket
 * @param prefixes - e.g. `['reports/', 'state/']`
 * @returns the policy statements
 * @example
 * reportStatements(reportBucket, ['runs/']).forEach((s) => role.addToPolicy(s));
 */
export function reportStatements(
  bucket: s3.IBucket,
  prefixes: readonly string[],
): iam.PolicyStatement[] {
  const actions = [
    's3:GetObject',
    's3:PutObject',
    's3:AbortMultipartUpload',
    's3:DeleteObject',
  ];
  return prefixStatements(bucket, prefixes, actions);
}

/**
 * Creating and reading objects below the given prefixes, and listing
 * there, but neither deleting nor overwriting in pieces: what taking the
 * dates' run locks needs (`claimRunDate`; the state machine releases a
 * failed execution's own).
 *
 * @param bucket - the report bucket
 * @param prefixes - e.g. `['locks/']`
 * @returns the policy statements
 * @example
 * lockStatements(reportBucket, ['locks/']).forEach((s) => role.addToPolicy(s));
 */
export function lockStatements(
  bucket: s3.IBucket,
  prefixes: readonly string[],
): iam.PolicyStatement[] {
  return prefixStatements(bucket, prefixes, ['s3:GetObject', 's3:PutObject']);
}

/**
 * Writing objects below the given prefixes, and nothing else there: no
 * read, delete or listing (what a function that only leaves files for
 * another needs).
 *
 * @param bucket - the report bucket
 * @param prefixes - e.g. `['runs/rollups/']`
 * @returns the policy statement
 * @example
 * role.addToPolicy(prefixWriteStatement(reportBucket, ['runs/rollups/']));
 */
export function prefixWriteStatement(
  bucket: s3.IBucket,
  prefixes: readonly string[],
): iam.PolicyStatement {
  return new iam.PolicyStatement({
    actions: ['s3:PutObject'],
    resources: prefixes.map((prefix) => bucket.arnForObjects(`${prefix}*`)),
  });
}

/** The object actions below the given prefixes, and listing there. */
function prefixStatements(
  bucket: s3.IBucket,
  prefixes: readonly string[],
  actions: readonly string[],
): iam.PolicyStatement[] {
  const patterns = prefixes.map((prefix) => `${prefix}*`);
  return [
    new iam.PolicyStatement({
      actions: [...actions],
      resources: patterns.map((pattern) => bucket.arnForObjects(pattern)),
    }),
    listStatement(bucket, patterns),
  ];
}

/** Listing the bucket, only below the given key patterns. */
function listStatement(
  bucket: s3.IBucket,
  patterns: readonly string[],
): iam.PolicyStatement {
  return new iam.PolicyStatement({
    actions: ['s3:ListBucket'],
    resources: [bucket.bucketArn],
    conditions: { StringLike: { 's3:prefix': patterns } },
  });
}

/**
 * Adds statements to a function's role.
 *
 * @param fn - the function (its role)
 * @param statements - what it may do
 * @example
 * allow(fns.shard, prefixReadStatements(lake, ['runs/']));
 */
export function allow(
  fn: { readonly role: iam.IRole },
  statements: readonly iam.PolicyStatement[],
): void {
  for (const statement of statements) fn.role.addToPrincipalPolicy(statement);
}
