import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { STAGE_CONFIGS } from '../../../infra/stages.ts';
import { buildStage } from '../build-stage.ts';

let template: Template;
beforeAll(() => {
  template = Template.fromStack(buildStage({ bundle: false }).stacks.data);
});

describe('DataStack', () => {
  it('makes every bucket encrypted, private and TLS-only', () => {
    // Act
    const buckets = template.findResources('AWS::S3::Bucket');
    const policies = Object.values(
      template.findResources('AWS::S3::BucketPolicy'),
    ).map((p) => JSON.stringify(p));
    // Assess
    // Lake, reports, S3 access logs and CloudFront access logs.
    expect(Object.keys(buckets)).toHaveLength(4);
    for (const bucket of Object.values(buckets)) {
      expect(bucket.Properties.BucketEncryption).toBeDefined();
      expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
    }
    expect(policies).toHaveLength(4);
    for (const policy of policies) {
      expect(policy).toContain('"aws:SecureTransport":"false"');
    }
  });

  it('serves the report bucket through CloudFront with origin access control, behind the WAF', () => {
    // Act
    const policy = JSON.stringify(
      template.findResources('AWS::S3::BucketPolicy'),
    );
    // Assess
    template.resourceCountIs('AWS::CloudFront::Distribution', 1);
    template.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
    template.resourceCountIs('Custom::CrossRegionExportReader', 1);
    expect(policy).toContain('cloudfront.amazonaws.com');
  });

  it('versions the report bucket and expires results, old reports and what a stopped rollup left', () => {
    // Assess
    template.hasResourceProperties('AWS::S3::Bucket', {
      VersioningConfiguration: { Status: 'Enabled' },
      LifecycleConfiguration: {
        Rules: Match.arrayWith([
          Match.objectLike({ Prefix: 'reports/', ExpirationInDays: 90 }),
          Match.objectLike({
            NoncurrentVersionExpiration: {
              NoncurrentDays: 30,
            },
          }),
        ]),
      },
      LoggingConfiguration: Match.objectLike({ LogFilePrefix: 'reports/' }),
    });
    template.hasResourceProperties('AWS::S3::Bucket', {
      LifecycleConfiguration: {
        Rules: [
          Match.objectLike({
            Prefix: 'athena-results/',
            ExpirationInDays: 7,
          }),
          Match.objectLike({ Prefix: 'runs/', ExpirationInDays: 7 }),
          Match.objectLike({ Prefix: 'rollup-staging/', ExpirationInDays: 1 }),
          Match.objectLike({ Prefix: 'traffic/', ExpirationInDays: 400 }),
        ],
      },
    });
  });

  it('expires run locks after a day and run files after a week', () => {
    // Assess
    template.hasResourceProperties('AWS::S3::Bucket', {
      LifecycleConfiguration: {
        Rules: Match.arrayWith([
          Match.objectLike({ Prefix: 'locks/', ExpirationInDays: 1 }),
          Match.objectLike({ Prefix: 'runs/', ExpirationInDays: 7 }),
        ]),
      },
    });
  });

  it('projects dt partitions of the Parquet tables by date up to NOW', () => {
    // Assess
    for (const name of ['traffic', 'series_daily', 'quality_daily']) {
      template.hasResourceProperties('AWS::Glue::Table', {
        DatabaseName: 'headroom_dev',
        TableInput: Match.objectLike({
          Name: name,
          PartitionKeys: [{ Name: 'dt', Type: 'string' }],
          Parameters: Match.objectLike({
            'projection.enabled': 'true',
            'projection.dt.type': 'date',
            'projection.dt.format': 'yyyy-MM-dd',
            'projection.dt.range': '2024-01-01,NOW',
            'storage.location.template': Match.anyValue(),
          }),
          StorageDescriptor: Match.objectLike({
            SerdeInfo: {
              SerializationLibrary:
                'org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe',
            },
          }),
        }),
      });
    }
  });

  it('reads the inventory the pipeline wrote as Parquet, by column name, never links.csv', () => {
    // Act
    const tables = template.findResources('AWS::Glue::Table');
    const names = Object.values(tables).map(
      (t) => t.Properties.TableInput.Name,
    );
    const [inventory] = Object.values(
      template.findResources('AWS::Glue::Table', {
        Properties: { TableInput: { Name: 'inventory_links' } },
      }),
    );
    const input = inventory?.Properties.TableInput;
    // Assess
    expect(names).not.toContain('links');
    expect(input.StorageDescriptor.SerdeInfo.SerializationLibrary).toBe(
      'org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe',
    );
    expect(JSON.stringify(input.StorageDescriptor.Location)).toContain(
      '/inventory_links/',
    );
    expect(
      input.StorageDescriptor.Columns.map((c: { Name: string }) => c.Name),
    ).toEqual(['link_id', 'isp', 'grp', 'capacity_bps']);
  });

  it('enforces the workgroup result location, encryption and scan cap', () => {
    // Assess
    template.hasResourceProperties('AWS::Athena::WorkGroup', {
      Name: 'headroom-dev',
      WorkGroupConfiguration: Match.objectLike({
        EnforceWorkGroupConfiguration: true,
        PublishCloudWatchMetricsEnabled: true,
        BytesScannedCutoffPerQuery:
          STAGE_CONFIGS.dev.bytesScannedCutoffPerQuery,
        ResultConfiguration: {
          OutputLocation: Match.anyValue(),
          EncryptionConfiguration: { EncryptionOption: 'SSE_S3' },
        },
      }),
    });
  });
});
