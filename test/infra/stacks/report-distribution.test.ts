import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import { ReportDistribution } from '../../../infra/stacks/report-distribution.ts';
import {
  ReportWafStack,
  splitCidrs,
} from '../../../infra/stacks/report-waf.ts';
import { nagErrors } from '../nag-errors.ts';

let app: App;
let cdn: Template;
let waf: Template;
beforeAll(() => {
  app = new App();
  const account = '123456789012';
  const wafStack = new ReportWafStack(app, 'Waf', {
    env: { account, region: 'us-east-1' },
    allowedCidrs: ['192.0.2.0/24', '2001:db8::/32'],
  });
  const stack = new Stack(app, 'Reports', {
    env: { account, region: 'eu-west-1' },
    crossRegionReferences: true,
  });
  const bucket = new s3.Bucket(stack, 'Bucket', {
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    enforceSSL: true,
    serverAccessLogsPrefix: 'access/',
  });
  new ReportDistribution(stack, 'Cdn', {
    bucket,
    webAclArn: wafStack.webAclArn,
    ipv6: wafStack.ipv6,
  });
  new ReportDistribution(stack, 'Named', {
    bucket,
    webAclArn: wafStack.webAclArn,
    ipv6: false,
    domain: {
      domainName: 'reports.example.net',
      certificateArn:
        'arn:aws:acm:us-east-1:123456789012:certificate/00000000-0000-0000-0000-000000000000',
    },
  });
  cdn = Template.fromStack(stack);
  waf = Template.fromStack(wafStack);
});

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

  it('allows only the configured addresses, IPv4 and IPv6', () => {
    // Assess
    waf.resourceCountIs('AWS::WAFv2::IPSet', 2);
    waf.hasResourceProperties('AWS::WAFv2::IPSet', {
      Scope: 'CLOUDFRONT',
      IPAddressVersion: 'IPV4',
      Addresses: ['192.0.2.0/24'],
    });
    waf.hasResourceProperties('AWS::WAFv2::IPSet', {
      IPAddressVersion: 'IPV6',
      Addresses: ['2001:db8::/32'],
    });
    waf.hasResourceProperties('AWS::WAFv2::WebACL', {
      Scope: 'CLOUDFRONT',
      DefaultAction: { Block: {} },
      Rules: [
        Match.objectLike({ Action: { Allow: {} } }),
        Match.objectLike({ Action: { Allow: {} } }),
      ],
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

  it('rejects an allow-list entry or a certificate it cannot use, by name', () => {
    // Assess
    expect(splitCidrs(['203.0.113.0/24', '2001:db8:1::/48'])).toEqual({
      ipv4: ['203.0.113.0/24'],
      ipv6: ['2001:db8:1::/48'],
    });
    expect(() => splitCidrs(['203.0.113.0'])).toThrow(
      'reportAllowedCidrs: "203.0.113.0" is not an IPv4 or IPv6 CIDR',
    );
    expect(() => splitCidrs(['10.0.0.0/33'])).toThrow('"10.0.0.0/33"');
    const stack = new Stack(new App(), 'Elsewhere', {
      env: { account: '123456789012', region: 'eu-west-1' },
    });
    expect(
      () =>
        new ReportDistribution(stack, 'Cdn', {
          bucket: new s3.Bucket(stack, 'Bucket'),
          webAclArn: 'arn:aws:wafv2:us-east-1:123456789012:global/webacl/x/y',
          ipv6: false,
          domain: {
            domainName: 'reports.example.net',
            certificateArn:
              'arn:aws:acm:eu-west-1:123456789012:certificate/00000000-0000-0000-0000-000000000000',
          },
        }),
    ).toThrow('is not in us-east-1, where CloudFront needs its certificate');
  });

  it('has no unacknowledged cdk-nag AwsSolutions errors', () => {
    // Assess
    expect(nagErrors(app)).toEqual([]);
  });
});
