import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { ReportDistribution } from '../../../infra/stacks/report-distribution.ts';
import { ReportWafStack } from '../../../infra/stacks/report-waf.ts';

/**
 * An app with the reports' WAF (an IPv4 and an IPv6 range allowed) and a
 * stack of two distributions of one private bucket: one without a domain
 * that serves IPv6 as the allow-list does, one under a custom domain
 * without IPv6.
 *
 * @returns the app and the templates of both stacks
 * @example
 * const { cdn } = reportDistributionApp();
 */
export function reportDistributionApp(): {
  app: App;
  cdn: Template;
  waf: Template;
} {
  const app = new App();
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
  return {
    app,
    cdn: Template.fromStack(stack),
    waf: Template.fromStack(wafStack),
  };
}
