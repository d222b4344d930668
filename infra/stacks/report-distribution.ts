import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import type { ReportDomain } from '../stage-config.ts';
import { reportDomainProps } from './report-domain.ts';

/** Props of the reports' distribution. */
export interface ReportDistributionProps {
  /** The private reports bucket (public access blocked). */
  readonly bucket: s3.IBucket;
  /** The WAF web ACL (CLOUDFRONT scope, from `ReportWafStack`). */
  readonly webAclArn: string;
  /** Serve IPv6 too: only when the allow-list has IPv6 ranges. */
  readonly ipv6: boolean;
  /** Serve under this name with TLS 1.2 at least; else *.cloudfront.net. */
  readonly domain?: ReportDomain;
  /** Runs on every viewer request: the optional sign-in (`ReportSignIn`). */
  readonly viewerRequest?: lambda.IVersion;
}

/**
 * CloudFront in front of the reports bucket, so that links in emails open:
 * origin access control (the bucket stays private, and CloudFront may read
 * only `reports/`, never `state/` or `runs/`), HTTPS only (HTTP is
 * redirected; with a custom domain, TLS 1.2 minimum), the WAF IP
 * allow-list (IPv6 served only when it lists IPv6 ranges, else an IPv6
 * client would be blocked), pages cached for minutes, not a day, since
 * `latest/` and a re-run's folder are rewritten, access logs in a bucket
 * of their own and, when given, a
 * viewer-request function: the optional Cognito sign-in (README "Deploy
 * to AWS").
 */
export class ReportDistribution extends cloudfront.Distribution {
  private readonly domain: string | undefined;

  constructor(scope: Construct, id: string, props: ReportDistributionProps) {
    const logs = addLogBucket(scope, `${id}Logs`);
    const { domain } = props;
    super(scope, id, {
      ...(domain === undefined ? {} : reportDomainProps(scope, id, domain)),
      defaultBehavior: defaultBehavior(scope, id, props),
      webAclId: props.webAclArn,
      enableIpv6: props.ipv6,
      enableLogging: true,
      logBucket: logs,
      logFilePrefix: 'cloudfront/',
      comment: 'Headroom reports',
    });
    this.domain = domain?.domainName;
    // The origin access grant covers the whole bucket; the run's state and
    // its shard files are nobody's business but the pipeline's.
    props.bucket.addToResourcePolicy(
      new iam.PolicyStatement({
        effect: iam.Effect.DENY,
        principals: [new iam.ServicePrincipal('cloudfront.amazonaws.com')],
        actions: ['s3:GetObject'],
        notResources: [props.bucket.arnForObjects('reports/*')],
      }),
    );
    this.acknowledgeFindings();
  }

  /** The cdk-nag findings this design accepts, each with its reason. */
  private acknowledgeFindings(): void {
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

/** The distribution's access-log bucket, kept a year whatever the stage. */
function addLogBucket(scope: Construct, id: string): s3.Bucket {
  const logs = new s3.Bucket(scope, id, {
    encryption: s3.BucketEncryption.S3_MANAGED,
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    enforceSSL: true,
    // CloudFront standard logging writes with ACLs.
    objectOwnership: s3.ObjectOwnership.OBJECT_WRITER,
    // A year of access logs, then gone.
    lifecycleRules: [{ expiration: Duration.days(365) }],
    removalPolicy: RemovalPolicy.RETAIN,
  });
  Validations.of(logs).acknowledge({
    id: 'AwsSolutions-S1',
    reason: 'This bucket is the access log target.',
  });
  return logs;
}

/**
 * HTTPS-only GET and HEAD from the bucket, cached for minutes, with the
 * viewer-request function when given.
 */
function defaultBehavior(
  scope: Construct,
  id: string,
  props: ReportDistributionProps,
): cloudfront.BehaviorOptions {
  return {
    origin: origins.S3BucketOrigin.withOriginAccessControl(props.bucket),
    viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
    allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD,
    cachePolicy: new cloudfront.CachePolicy(scope, `${id}Cache`, {
      defaultTtl: Duration.minutes(5),
      maxTtl: Duration.hours(1),
      minTtl: Duration.seconds(0),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    }),
    edgeLambdas: props.viewerRequest && [
      {
        eventType: cloudfront.LambdaEdgeEventType.VIEWER_REQUEST,
        functionVersion: props.viewerRequest,
      },
    ],
  };
}
