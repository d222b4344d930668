import { Token } from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import type { Construct } from 'constructs';
import type { ReportDomain } from '../stage-config.ts';

/**
 * The reports' distribution under a custom name: the name, its ACM
 * certificate (which CloudFront needs in us-east-1, checked at synth time)
 * and TLS 1.2 at least.
 *
 * @param scope - the scope of the distribution
 * @param id - the distribution's id (the certificate is `<id>Certificate`)
 * @param domain - the stage's `reportDomain`
 * @returns the distribution props that serve the name
 * @example
 * new cloudfront.Distribution(scope, id, {
 *   ...reportDomainProps(scope, id, stage.reportDomain), … });
 */
export function reportDomainProps(
  scope: Construct,
  id: string,
  domain: ReportDomain,
): Partial<cloudfront.DistributionProps> {
  return {
    domainNames: [domain.domainName],
    certificate: acm.Certificate.fromCertificateArn(
      scope,
      `${id}Certificate`,
      usEast1(domain.certificateArn),
    ),
    minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
  };
}

/** A CloudFront certificate must be in us-east-1: say so at synth time. */
function usEast1(arn: string): string {
  if (!Token.isUnresolved(arn) && arn.split(':')[3] !== 'us-east-1') {
    throw new Error(
      `reportDomain.certificateArn: "${arn}" is not in us-east-1, where CloudFront needs its certificate`,
    );
  }
  return arn;
}
