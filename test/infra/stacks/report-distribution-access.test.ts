import { App, Stack } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { describe, expect, it } from 'vitest';
import { ReportDistribution } from '../../../infra/stacks/report-distribution.ts';
import { splitCidrs } from '../../../infra/stacks/report-waf.ts';
import { reportDistributionApp } from './report-distribution-fixture.ts';

const { waf } = reportDistributionApp();

describe('ReportDistribution allow-list and certificate', () => {
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
});
