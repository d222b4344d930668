import type { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HeadroomStacks } from '../../../infra/app.ts';
import { STAGE_CONFIGS } from '../../../infra/stages.ts';
import { buildStage } from '../build-stage.ts';
import { nagErrors } from '../nag-errors.ts';

const SIGN_IN = { domainPrefix: 'headroom-dev-reports' };

// The dev stage twice: as configured (sign-in off) and with sign-in on.
let off: Template;
let app: App;
let on: HeadroomStacks;
let data: Template;
let edge: Template;
beforeAll(() => {
  off = Template.fromStack(buildStage({ bundle: false }).stacks.data);
  ({ app, stacks: on } = buildStage({
    bundle: false,
    stage: { ...STAGE_CONFIGS.dev, reportSignIn: SIGN_IN },
  }));
  data = Template.fromStack(on.data);
  const edgeStack = on.data.reportSignIn?.edgeStack;
  expect(edgeStack?.stackName).toBe('Headroom-dev-ReportSignIn');
  edge = Template.fromStack(edgeStack as Stack);
});

describe('reports sign-in', () => {
  it('is off by default: no user pool and no edge function', () => {
    // Assess
    off.resourceCountIs('AWS::Cognito::UserPool', 0);
    off.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        DefaultCacheBehavior: Match.not(
          Match.objectLike({ LambdaFunctionAssociations: Match.anyValue() }),
        ),
      }),
    });
  });

  it('when on, has a user pool without self sign-up, with MFA', () => {
    // Assess
    data.hasResourceProperties('AWS::Cognito::UserPool', {
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      MfaConfiguration: 'ON',
      Policies: {
        PasswordPolicy: Match.objectLike({ MinimumLength: 14 }),
      },
    });
    data.hasResourceProperties('AWS::Cognito::UserPoolDomain', {
      Domain: SIGN_IN.domainPrefix,
    });
  });

  it('when on, has an app client that returns to the distribution', () => {
    // Assess
    data.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      AllowedOAuthFlows: ['code'],
      AllowedOAuthFlowsUserPoolClient: true,
      GenerateSecret: false,
      CallbackURLs: [
        {
          'Fn::Join': [
            '',
            [
              'https://',
              {
                'Fn::GetAtt': [
                  Match.stringLikeRegexp('ReportsCdn'),
                  'DomainName',
                ],
              },
            ],
          ],
        },
      ],
    });
  });

  it('when on, runs the edge function on viewer requests', () => {
    // Assess
    data.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        DefaultCacheBehavior: Match.objectLike({
          LambdaFunctionAssociations: [
            Match.objectLike({ EventType: 'viewer-request' }),
          ],
        }),
        WebACLId: Match.anyValue(),
      }),
    });
    edge.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs22.x',
      Handler: 'index.handler',
    });
    expect(JSON.stringify(edge.toJSON())).not.toContain('Environment');
  });

  it('when on, lets the edge function read only its settings parameter', () => {
    // Assess
    data.hasResourceProperties('AWS::SSM::Parameter', {
      Name: '/headroom/dev/report-sign-in',
    });
    edge.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: [
          Match.objectLike({
            Action: 'ssm:GetParameter',
            Resource: {
              'Fn::Join': [
                '',
                Match.arrayWith([
                  ':ssm:eu-west-1:',
                  ':parameter/headroom/dev/report-sign-in',
                ]),
              ],
            },
          }),
        ],
      },
    });
    // The us-east-1 stack needs nothing from the Data stack.
    expect(JSON.stringify(edge.toJSON())).not.toContain('Fn::ImportValue');
    // Tagged as the other stacks are.
    edge.hasResourceProperties('AWS::Lambda::Function', {
      Tags: Match.arrayWith([{ Key: 'stage', Value: 'dev' }]),
    });
  });

  it('when on, has no unacknowledged cdk-nag AwsSolutions errors', () => {
    // Assess
    expect(nagErrors(app)).toEqual([]);
  });
});
