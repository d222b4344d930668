import { isIPv4, isIPv6 } from 'node:net';
import { Stack, type StackProps } from 'aws-cdk-lib';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';

/** Props of the us-east-1 stack holding the reports' WAF allow-list. */
export interface ReportWafStackProps extends StackProps {
  /** CIDRs allowed to open the reports, IPv4 or IPv6 (office, VPN). */
  readonly allowedCidrs: readonly string[];
}

/**
 * The allow-list split by IP version, each CIDR checked, since WAF keeps
 * one IP set per version and rejects a mixed one only at deploy time.
 *
 * @param cidrs - the stage's `reportAllowedCidrs`
 * @returns the IPv4 and the IPv6 ranges
 * @throws Error naming the first entry that is no CIDR
 * @example
 * splitCidrs(['192.0.2.0/24', '2001:db8::/32']).ipv6; // ['2001:db8::/32']
 */
export function splitCidrs(cidrs: readonly string[]) {
  const ipv4: string[] = [];
  const ipv6: string[] = [];
  for (const cidr of cidrs) {
    const [address = '', prefix = '', ...rest] = cidr.split('/');
    const bits = /^\d{1,3}$/.test(prefix) ? Number(prefix) : Number.NaN;
    if (rest.length === 0 && isIPv4(address) && bits <= 32) ipv4.push(cidr);
    else if (rest.length === 0 && isIPv6(address) && bits <= 128) {
      ipv6.push(cidr);
    } else {
      throw new Error(
        `reportAllowedCidrs: "${cidr}" is not an IPv4 or IPv6 CIDR (e.g. 192.0.2.0/24)`,
      );
    }
  }
  return { ipv4, ipv6 };
}

/**
 * The WAF web ACL in front of the reports' distribution: only the
 * allow-list gets in. A CLOUDFRONT-scope web ACL must live in us-east-1,
 * so it is a stack of its own there; the distribution's stack reads its
 * ARN through `crossRegionReferences` (docs/architecture.md "Reports and
 * charts").
 */
export class ReportWafStack extends Stack {
  readonly webAclArn: string;
  /** Whether IPv6 clients can be allowed (the distribution serves IPv6). */
  readonly ipv6: boolean;

  constructor(scope: Construct, id: string, props: ReportWafStackProps) {
    super(scope, id, { ...props, crossRegionReferences: true });
    const split = splitCidrs(props.allowedCidrs);
    this.ipv6 = split.ipv6.length > 0;
    const versions = [
      ['IPV4', split.ipv4],
      ['IPV6', split.ipv6],
    ] as const;
    const rules = versions
      .filter(([, addresses]) => addresses.length > 0)
      .map(([version, addresses], priority) => {
        const set = new wafv2.CfnIPSet(this, `Allowed${version}`, {
          scope: 'CLOUDFRONT',
          ipAddressVersion: version,
          addresses,
        });
        const name = `allow-listed-${version.toLowerCase()}`;
        return {
          name,
          priority,
          action: { allow: {} },
          statement: { ipSetReferenceStatement: { arn: set.attrArn } },
          visibilityConfig: metric(`headroom-reports-${name}`),
        };
      });
    const acl = new wafv2.CfnWebACL(this, 'ReportsAcl', {
      scope: 'CLOUDFRONT',
      defaultAction: { block: {} },
      visibilityConfig: metric('headroom-reports'),
      rules,
    });
    this.webAclArn = acl.attrArn;
  }
}

const metric = (metricName: string) => ({
  cloudWatchMetricsEnabled: true,
  sampledRequestsEnabled: true,
  metricName,
});
