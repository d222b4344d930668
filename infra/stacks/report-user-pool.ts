import { Duration, type RemovalPolicy } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import type { Construct } from 'constructs';

/**
 * Adds the reports' user pool and its hosted sign-in domain: users are
 * created by an administrator (no self sign-up), sign in by email with a
 * strong password and a required TOTP second factor, and recover by email
 * only.
 *
 * @param scope - the sign-in construct
 * @param props - the hosted UI's domain prefix and the pool's removal policy
 * @returns the user pool
 * @example
 * const pool = addReportUserPool(this, { domainPrefix: 'headroom-dev',
 *   removalPolicy: RemovalPolicy.RETAIN });
 */
export function addReportUserPool(
  scope: Construct,
  props: {
    readonly domainPrefix: string;
    readonly removalPolicy: RemovalPolicy;
  },
): cognito.UserPool {
  const pool = new cognito.UserPool(scope, 'Users', {
    selfSignUpEnabled: false,
    signInAliases: { email: true },
    passwordPolicy: {
      minLength: 14,
      requireLowercase: true,
      requireUppercase: true,
      requireDigits: true,
      requireSymbols: true,
      tempPasswordValidity: Duration.days(3),
    },
    mfa: cognito.Mfa.REQUIRED,
    mfaSecondFactor: { otp: true, sms: false },
    accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
    featurePlan: cognito.FeaturePlan.PLUS,
    standardThreatProtectionMode:
      cognito.StandardThreatProtectionMode.FULL_FUNCTION,
    removalPolicy: props.removalPolicy,
  });
  pool.addDomain('Domain', {
    cognitoDomain: { domainPrefix: props.domainPrefix },
  });
  return pool;
}
