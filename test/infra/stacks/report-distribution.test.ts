import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ReportDistribution,
  ReportWafStack,
} from '../../../infra/stacks/report-distribution.ts';

let app: App;
let cdn: Template;
let waf: Template;
beforeAll(() => {
  app = new App();
  const account = '123456789012';
  const wafStack = new ReportWafStack(app, 'Waf', {
    env: { account, region: 'us-east-1' },
    allowedCidrs: ['192.0.2.0/24'],
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
  });
  new ReportDistribution(stack, 'Named', {
    bucket,
    webAclArn: wafStack.webAclArn,
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

  it('allows only the configured addresses, in us-east-1', () => {
    // Assess
    expect(waf.toJSON().Resources).toBeDefined();
    waf.hasResourceProperties('AWS::WAFv2::IPSet', {
      Scope: 'CLOUDFRONT',
      Addresses: ['192.0.2.0/24'],
    });
    waf.hasResourceProperties('AWS::WAFv2::WebACL', {
      Scope: 'CLOUDFRONT',
      DefaultAction: { Block: {} },
      Rules: [Match.objectLike({ Action: { Allow: {} } })],
    });
  });

  it('has no unacknowledged cdk-nag AwsSolutions errors', () => {
    // Act
    const report = new AwsSolutionsChecks(app).validateScope(app);
    const errors = report.violations
      .filter((v) => v.severity === 'error')
      .map(
        (v) =>
          `${v.ruleName} ${v.violatingResources.map((r) => r.constructPath)}`,
      );
    // Assess
    expect(errors).toEqual([]);
  });
});
