import {
  Duration,
  RemovalPolicy,
  Stack,
  type StackProps,
  Validations,
} from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';
import type { ReportDomain } from '../stages.ts';

/** Props of the us-east-1 stack holding the reports' WAF allow-list. */
export interface ReportWafStackProps extends StackProps {
  /** CIDRs allowed to open the reports, e.g. the office and VPN ranges. */
  readonly allowedCidrs: readonly string[];
}

/**
 * The WAF web ACL in front of the reports' distribution. A CLOUDFRONT-scope
 * web ACL must live in us-east-1, so it is a stack of its own there; the
 * distribution's stack reads its ARN through `crossRegionReferences`.
 */
export class ReportWafStack extends Stack {
  readonly webAclArn: string;

  constructor(scope: Construct, id: string, props: ReportWafStackProps) {
    super(scope, id, { ...props, crossRegionReferences: true });
    const allowed = new wafv2.CfnIPSet(this, 'Allowed', {
      scope: 'CLOUDFRONT',
      ipAddressVersion: 'IPV4',
      addresses: [...props.allowedCidrs],
    });
    const acl = new wafv2.CfnWebACL(this, 'ReportsAcl', {
      scope: 'CLOUDFRONT',
      // Only the allow-list gets in: everyone else is blocked.
      defaultAction: { block: {} },
      visibilityConfig: metric('headroom-reports'),
      rules: [
        {
          name: 'allow-listed',
          priority: 0,
          action: { allow: {} },
          statement: { ipSetReferenceStatement: { arn: allowed.attrArn } },
          visibilityConfig: metric('headroom-reports-allowed'),
        },
      ],
    });
    this.webAclArn = acl.attrArn;
  }
}

const metric = (metricName: string) => ({
  cloudWatchMetricsEnabled: true,
  sampledRequestsEnabled: true,
  metricName,
});

/** Props of the reports' distribution. */
export interface ReportDistributionProps {
  /** The private reports bucket (public access blocked). */
  readonly bucket: s3.IBucket;
  /** The WAF web ACL (CLOUDFRONT scope, from `ReportWafStack`). */
  readonly webAclArn: string;
  /** Serve under this name with TLS 1.2 at least; else *.cloudfront.net. */
  readonly domain?: ReportDomain;
  /** Runs on every viewer request: the optional sign-in (`ReportSignIn`). */
  readonly viewerRequest?: lambda.IVersion;
}

/**
 * CloudFront in front of the reports bucket, so that links in emails open:
 * origin access control (the bucket stays private), HTTPS only (HTTP is
 * redirected; with a custom domain, TLS 1.2 minimum), the WAF IP
 * allow-list, access logs in a bucket of their own and, when given, a
 * viewer-request function: the optional Cognito sign-in (README "Deploy
 * to AWS").
 */
export class ReportDistribution extends cloudfront.Distribution {
  private readonly domain: string | undefined;

  constructor(scope: Construct, id: string, props: ReportDistributionProps) {
    const logs = new s3.Bucket(scope, `${id}Logs`, {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      // CloudFront standard logging writes with ACLs.
      objectOwnership: s3.ObjectOwnership.OBJECT_WRITER,
      // A year of access logs, then gone.
      lifecycleRules: [{ expiration: Duration.days(365) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const { domain } = props;
    super(scope, id, {
      ...(domain === undefined
        ? {}
        : {
            domainNames: [domain.domainName],
            certificate: acm.Certificate.fromCertificateArn(
              scope,
              `${id}Certificate`,
              domain.certificateArn,
            ),
            minimumProtocolVersion:
              cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
          }),
      defaultBehavior: {
        origin: origins.S3BucketOrigin.withOriginAccessControl(props.bucket),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD,
        edgeLambdas: props.viewerRequest && [
          {
            eventType: cloudfront.LambdaEdgeEventType.VIEWER_REQUEST,
            functionVersion: props.viewerRequest,
          },
        ],
      },
      webAclId: props.webAclArn,
      enableLogging: true,
      logBucket: logs,
      logFilePrefix: 'cloudfront/',
      comment: 'Headroom reports',
    });
    this.domain = domain?.domainName;
    Validations.of(logs).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This bucket is the access log target.',
    });
    Validations.of(this).acknowledge(
      {
        id: 'AwsSolutions-CFR4',
        reason:
          'Without a custom domain the *.cloudfront.net certificate decides the TLS versions; a stage with `reportDomain` gets TLSv1.2_2021.',
      },
      {
        id: 'AwsSolutions-CFR1',
        reason: 'Access is limited by the WAF IP allow-list, not by country.',
      },
    );
  }

  /** The base URL for links in messages (`HEADROOM_REPORT_BASE_URL`). */
  get baseUrl(): string {
    return `${this.origin}/`;
  }

  /** `https://` and the host name, without a trailing slash. */
  get origin(): string {
    return `https://${this.domain ?? this.distributionDomainName}`;
  }
}
