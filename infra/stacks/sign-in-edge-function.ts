import { Aws, Duration } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import type { Construct } from 'constructs';
import { edgeBundle } from '../constructs/edge-bundle.ts';

/**
 * The viewer-request function, in a us-east-1 stack of its own, allowed to
 * read the sign-in's parameter, whose name and region its bundle holds
 * (the user pool's ids exist only once deployed).
 *
 * @param scope - the sign-in construct
 * @param props - the stage, the parameter's name and region
 * @returns the edge function
 * @example
 * const edge = addSignInEdgeFunction(this, { stageName: 'dev',
 *   parameterName: '/headroom/dev/report-sign-in', region: 'eu-west-1' });
 */
export function addSignInEdgeFunction(
  scope: Construct,
  props: {
    readonly stageName: string;
    readonly parameterName: string;
    readonly region: string;
  },
): cloudfront.experimental.EdgeFunction {
  const { region, parameterName } = props;
  const edge = new cloudfront.experimental.EdgeFunction(scope, 'Edge', {
    stackId: `Headroom-${props.stageName}-ReportSignIn`,
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: edgeBundle('functions/report-sign-in.ts', {
      SIGN_IN_PARAMETER: parameterName,
      SIGN_IN_PARAMETER_REGION: region,
    }),
    memorySize: 128,
    timeout: Duration.seconds(5),
    description: `Headroom ${props.stageName}: Cognito sign-in for the reports`,
  });
  edge.addToRolePolicy(
    new iam.PolicyStatement({
      actions: ['ssm:GetParameter'],
      resources: [
        // Pseudo parameters, not the Data stack's: the role is in us-east-1.
        `arn:${Aws.PARTITION}:ssm:${region}:${Aws.ACCOUNT_ID}:parameter${parameterName}`,
      ],
    }),
  );
  return edge;
}
