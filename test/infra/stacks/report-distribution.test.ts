import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { nagErrors } from '../nag-errors.ts';
import { reportDistributionApp } from './report-distribution-fixture.ts';

const { app, cdn } = reportDistributionApp();

describe('ReportDistribution', () => {
  it('serves the private bucket through origin access control', () => {
    // Assess
    cdn.resourceCountIs('AWS::CloudFront::OriginAccessControl', 2);
    cdn.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        Origins: [
          Match.objectLike({
            OriginAccessControlId: Match.anyValue(),
            S3OriginConfig: { OriginAccessIdentity: '' },
          }),
        ],
      }),
    });
  });

  it('is HTTPS only, logs access and has the WAF attached', () => {
    // Assess
    cdn.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        DefaultCacheBehavior: Match.objectLike({
          ViewerProtocolPolicy: 'redirect-to-https',
        }),
        Logging: Match.objectLike({ Bucket: Match.anyValue() }),
        WebACLId: Match.anyValue(),
      }),
    });
  });

  it('requires TLS 1.2 under a custom domain', () => {
    // Assess
    cdn.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        Aliases: ['reports.example.net'],
        ViewerCertificate: Match.objectLike({
          MinimumProtocolVersion: 'TLSv1.2_2021',
          SslSupportMethod: 'sni-only',
        }),
      }),
    });
  });

  it('serves IPv6 only when the allow-list has IPv6 ranges', () => {
    // Assess: the first distribution follows the allow-list, the second
    // (no IPv6 range) would otherwise block every IPv6 reader.
    const ipv6 = Object.values(
      cdn.findResources('AWS::CloudFront::Distribution'),
    ).map((d) => d.Properties.DistributionConfig.IPV6Enabled);
    expect(ipv6.sort()).toEqual([false, true]);
  });

  it('lets CloudFront read reports/ only, never the run state', () => {
    // Assess
    cdn.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Principal: { Service: 'cloudfront.amazonaws.com' },
            Action: 's3:GetObject',
            NotResource: {
              'Fn::Join': ['', [Match.anyValue(), '/reports/*']],
            },
          }),
        ]),
      },
    });
  });

  it('caches pages for minutes, so latest/ is never a day old', () => {
    // Assess
    cdn.hasResourceProperties('AWS::CloudFront::CachePolicy', {
      CachePolicyConfig: Match.objectLike({ DefaultTTL: 300, MaxTTL: 3600 }),
    });
  });

  it('has no unacknowledged cdk-nag AwsSolutions errors', () => {
    // Assess
    expect(nagErrors(app)).toEqual([]);
  });
});
