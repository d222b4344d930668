import type { Severity } from '#lib/domain/vocabulary';

/** Which alerts one address receives: SNS filter on message attributes. */
export interface AlertFilter {
  readonly isp?: readonly string[];
  readonly region?: readonly string[];
  readonly severity?: readonly (Severity | 'resolved' | 'digest')[];
  readonly owner?: readonly string[];
}

/** One email subscription to the alerts topic. */
export interface AlertSubscription {
  readonly email: string;
  /** No filter: the address receives every alert. */
  readonly filter?: AlertFilter;
}

/** A custom name for the reports, with its ACM certificate (us-east-1). */
export interface ReportDomain {
  readonly domainName: string;
  readonly certificateArn: string;
}

/**
 * Cognito sign-in in front of the reports, on top of the WAF allow-list
 * (README "Deploy to AWS"). Users are created by an administrator.
 */
export interface ReportSignIn {
  /**
   * Prefix of the hosted sign-in page,
   * `https://<prefix>.auth.<region>.amazoncognito.com`: unique per region.
   */
  readonly domainPrefix: string;
}

/** Everything that differs between deployments; no account (see `infra/app.ts`). */
export interface StageConfig {
  readonly name: string;
  /**
   * The region of the data, pipeline and alerting stacks. The reports'
   * WAF web ACL is in us-east-1 whatever this is (CloudFront requires it).
   */
  readonly region: string;
  /**
   * Addresses (CIDR, IPv4 or IPv6) allowed to open the reports through
   * CloudFront: the WAF allow-list. Everyone else gets 403.
   */
  readonly reportAllowedCidrs: readonly string[];
  /** Optional: serve the reports under this name (TLS 1.2 at least). */
  readonly reportDomain?: ReportDomain;
  /** Optional: also require a Cognito sign-in (off when absent). */
  readonly reportSignIn?: ReportSignIn;
  /** IANA time zone of the schedules. */
  readonly timeZone: string;
  /**
   * Local hour (0–23) of the daily run (rollup → plan → shards → publish).
   * Must fall after UTC midnight plus the telemetry's landing delay in
   * every season, since `dt` is a UTC day.
   */
  readonly runHour: number;
  /** Shards forecast at once by the Distributed Map (its MaxConcurrency). */
  readonly maxConcurrency: number;
  /** Raw 5-minute traffic (`traffic/`) is deleted after this many days. */
  readonly trafficRetentionDays: number;
  /** First day of traffic: the start of the `dt` partition projection. */
  readonly dataStartDate: string;
  readonly alertEmails: readonly AlertSubscription[];
  readonly operationsEmails: readonly string[];
  /** Athena cancels any query of this workgroup scanning more bytes. */
  readonly bytesScannedCutoffPerQuery: number;
  /** Bytes scanned per day above which operations are alerted. */
  readonly dailyScanAlarmBytes: number;
  /** Dated reports are kept this many days. */
  readonly reportRetentionDays: number;
  /** Lambda log retention in days (a CDK RetentionDays value). */
  readonly logRetentionDays: 14 | 30 | 90 | 365;
  /** Delete buckets (once emptied) and log groups with the stacks. */
  readonly destroyOnRemoval: boolean;
}
