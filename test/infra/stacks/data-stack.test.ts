import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { stackTemplate } from '../stack-template.ts';

const template = stackTemplate('data');

describe('DataStack buckets', () => {
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
          Match.objectLike({
            AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 },
          }),
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

  it.each(['reports/', 'lake/'])(
    'aborts the multipart uploads of the %s bucket left incomplete for a day',
    (logPrefix) => {
      // Assess
      template.hasResourceProperties('AWS::S3::Bucket', {
        LoggingConfiguration: Match.objectLike({ LogFilePrefix: logPrefix }),
        LifecycleConfiguration: {
          Rules: Match.arrayWith([
            Match.objectLike({
              AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 },
              Status: 'Enabled',
            }),
          ]),
        },
      });
    },
  );
});
