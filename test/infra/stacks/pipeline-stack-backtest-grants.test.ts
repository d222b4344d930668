import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { stackTemplate } from '../stack-template.ts';

let template: Template;
beforeAll(() => {
  template = stackTemplate('pipeline');
});

/** A template value as text: joins spelled out, references as `<Id>`. */
function text(value: unknown): string {
  if (typeof value === 'string') return value;
  const node = value as Record<string, unknown>;
  if (node['Fn::Join']) {
    const [separator, parts] = node['Fn::Join'] as [string, unknown[]];
    return parts.map(text).join(separator);
  }
  if (node.Ref) return `<${node.Ref}>`;
  return JSON.stringify(value);
}

/** The backtest role's resources for each action, as text. */
function backtestGrants(): Map<string, string[]> {
  const grants = new Map<string, string[]>();
  const policies = template.findResources('AWS::IAM::Policy');
  for (const [id, policy] of Object.entries(policies)) {
    if (!id.startsWith('BacktestRole')) continue;
    for (const statement of policy.Properties.PolicyDocument.Statement) {
      for (const action of [statement.Action].flat() as string[]) {
        const resources = [statement.Resource].flat().map(text);
        grants.set(action, [...(grants.get(action) ?? []), ...resources]);
      }
    }
  }
  return grants;
}

const LAKE = 'headroom-dev-lake-<AWS::AccountId>-<AWS::Region>';
const REPORTS = 'headroom-dev-reports-<AWS::AccountId>-<AWS::Region>';
const object = (bucket: string, key: string) =>
  `arn:<AWS::Partition>:s3:::${bucket}/${key}`;

describe('PipelineStack: the backtest', () => {
  it("may write state/backtest.json and its summary, and its own working files in the report bucket and, in the lake, only Athena results, its batches' rows and the lake's lock", () => {
    // Act
    const grants = backtestGrants();
    // Assess
    expect(grants.get('s3:PutObject')?.sort()).toEqual([
      object(LAKE, 'athena-results/*'),
      object(LAKE, 'runs/backtest-*'),
      object(LAKE, 'state/rollup.lock*'),
      object(REPORTS, 'runs/backtest-*'),
      object(REPORTS, 'state/backtest-summary.json'),
      object(REPORTS, 'state/backtest.json'),
    ]);
    expect(grants.get('s3:AbortMultipartUpload')?.sort()).toEqual([
      object(LAKE, 'athena-results/*'),
      object(LAKE, 'runs/backtest-*'),
      object(LAKE, 'state/rollup.lock*'),
      object(REPORTS, 'state/backtest-summary.json'),
      object(REPORTS, 'state/backtest.json'),
    ]);
    expect(grants.get('s3:DeleteObject')?.sort()).toEqual([
      object(LAKE, 'athena-results/*'),
      object(LAKE, 'runs/backtest-*'),
      object(LAKE, 'state/rollup.lock*'),
    ]);
    const reads = grants.get('s3:GetObject') ?? [];
    expect(reads.sort()).toEqual(
      [
        ...[
          'series_daily/*',
          'inventory_links/*',
          'inventory/*',
          'config/*',
          'athena-results/*',
          'runs/backtest-*',
          'state/rollup.lock*',
        ].map((prefix) => object(LAKE, prefix)),
        object(REPORTS, 'runs/backtest-*'),
      ].sort(),
    );
    expect(JSON.stringify([...grants.values()])).not.toContain('traffic');
  });

  it('may list only its working files in the report bucket, so that a missing one reads as missing, not Access Denied', () => {
    // Act: S3 answers a GetObject of a missing key with 403 AccessDenied,
    // not 404 NoSuchKey, to a role without s3:ListBucket.
    const lists = Object.entries(template.findResources('AWS::IAM::Policy'))
      .filter(([id]) => id.startsWith('BacktestRole'))
      .flatMap(([, policy]) => policy.Properties.PolicyDocument.Statement)
      .filter((statement) => statement.Action === 's3:ListBucket')
      .map((statement) => ({
        bucket: text(statement.Resource),
        prefixes: statement.Condition?.StringLike?.['s3:prefix'],
      }));
    // Assess
    expect(lists).toContainEqual({
      bucket: `arn:<AWS::Partition>:s3:::${REPORTS}`,
      prefixes: ['runs/backtest-*'],
    });
    expect(lists).toHaveLength(2);
  });

  it('queries only series_daily and inventory_links (its links grouped as the last rollup grouped them), in the stage workgroup', () => {
    // Act
    const grants = backtestGrants();
    const tables = (grants.get('glue:GetTable') ?? []).filter((arn) =>
      arn.includes(':table/'),
    );
    // Assess
    expect(tables).toEqual(
      ['series_daily', 'inventory_links'].map(
        (table) =>
          `arn:<AWS::Partition>:glue:eu-west-1:<AWS::AccountId>:table/headroom_dev/${table}`,
      ),
    );
    expect(grants.get('athena:StartQueryExecution')).toEqual([
      'arn:<AWS::Partition>:athena:eu-west-1:<AWS::AccountId>:workgroup/headroom-dev',
    ]);
    expect(grants.has('sns:Publish')).toBe(false);
  });
});
