import { type RemovalPolicy, Stack, Token } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import { Construct } from 'constructs';
import type {
  ReportSignIn as ReportSignInConfig,
  StageConfig,
} from '../stage-config.ts';
import { acknowledgeSignInFindings } from './nag-acknowledgements.ts';
import { addReportUserPool } from './report-user-pool.ts';
import { addSignInEdgeFunction } from './sign-in-edge-function.ts';

/** Props of the reports' sign-in. */
export interface ReportSignInProps {
  readonly stageName: string;
  readonly config: ReportSignInConfig;
  /** Remove the user pool with the stack (dev) or keep it (prod). */
  readonly removalPolicy: RemovalPolicy;
}

/**
 * Optional Cognito sign-in for the reports (README "Deploy to AWS"): a
 * user pool of administrator-created users with MFA, its hosted sign-in
 * page, and a Lambda@Edge viewer-request function (`cognito-at-edge`,
 * in a us-east-1 stack of its own) that sends visitors without a valid
 * session there. Build it before the distribution (which runs
 * `viewerRequest`), then call `allowCallback` with the distribution's
 * URL. The user pool and app client ids exist only once deployed, so the
 * function reads them from an SSM parameter beside the pool, whose name
 * and region are baked into its bundle.
 */
export class ReportSignIn extends Construct {
  /** The function version to run on the distribution's viewer requests. */
  readonly viewerRequest: lambda.IVersion;
  /** The us-east-1 stack holding the function (the Data stack needs it). */
  readonly edgeStack: Stack;
  private readonly pool: cognito.UserPool;
  private readonly domain: string;
  private readonly parameterName: string;

  /**
   * The stage's sign-in, if its configuration has `reportSignIn`.
   *
   * @param scope - the Data stack
   * @param stage - the stage
   * @param removalPolicy - of the user pool
   * @returns the sign-in, or `undefined` when off
   * @example
   * const signIn = ReportSignIn.ifConfigured(this, stage, RemovalPolicy.RETAIN);
   */
  static ifConfigured(
    scope: Construct,
    stage: StageConfig,
    removalPolicy: RemovalPolicy,
  ): ReportSignIn | undefined {
    const config = stage.reportSignIn;
    if (config === undefined) return undefined;
    return new ReportSignIn(scope, 'ReportSignIn', {
      stageName: stage.name,
      config,
      removalPolicy,
    });
  }

  constructor(scope: Construct, id: string, props: ReportSignInProps) {
    super(scope, id);
    const { region } = Stack.of(this);
    if (Token.isUnresolved(region)) {
      throw new Error('the reports sign-in needs a stack with a region');
    }
    this.parameterName = `/headroom/${props.stageName}/report-sign-in`;
    this.domain = `${props.config.domainPrefix}.auth.${region}.amazoncognito.com`;
    this.pool = addReportUserPool(this, {
      domainPrefix: props.config.domainPrefix,
      removalPolicy: props.removalPolicy,
    });
    const edge = addSignInEdgeFunction(this, {
      stageName: props.stageName,
      parameterName: this.parameterName,
      region,
    });
    this.viewerRequest = edge.currentVersion;
    this.edgeStack = Stack.of(edge.lambda);
    acknowledgeSignInFindings(edge);
  }

  /**
   * Adds the app client (hosted UI, OAuth code flow) that returns to the
   * distribution, and the parameter the edge function reads.
   *
   * @param origin - the distribution's URL without a trailing slash, as
   *   `cognito-at-edge` builds its redirect URI
   * @example
   * signIn.allowCallback('https://d111111abcdef8.cloudfront.net');
   */
  allowCallback(origin: string): void {
    const client = this.pool.addClient('Reports', {
      generateSecret: false,
      authFlows: {},
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.EMAIL],
        callbackUrls: [origin],
        logoutUrls: [origin],
      },
      supportedIdentityProviders: [
        cognito.UserPoolClientIdentityProvider.COGNITO,
      ],
      preventUserExistenceErrors: true,
    });
    new ssm.StringParameter(this, 'Settings', {
      parameterName: this.parameterName,
      description: 'Cognito settings of the reports sign-in (Lambda@Edge)',
      stringValue: Stack.of(this).toJsonString({
        region: Stack.of(this).region,
        userPoolId: this.pool.userPoolId,
        userPoolAppId: client.userPoolClientId,
        userPoolDomain: this.domain,
      }),
    });
  }
}
