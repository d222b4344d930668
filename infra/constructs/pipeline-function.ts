import { Duration, type RemovalPolicy } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as destinations from 'aws-cdk-lib/aws-lambda-destinations';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';

/** What varies between the pipeline's functions. */
export interface PipelineFunctionProps {
  readonly functionName: string;
  /** The handler file, e.g. `functions/rollup.ts`. */
  readonly entry: string;
  readonly memorySize: number;
  readonly timeout: Duration;
  readonly environment: Readonly<Record<string, string>>;
  readonly logRetention: logs.RetentionDays;
  /** Where an invocation goes after its retries failed. */
  readonly failureTopic: sns.ITopic;
  readonly removalPolicy: RemovalPolicy;
}

// esbuild's ESM output has no `require`; some dependencies still call it.
const REQUIRE_BANNER =
  "import { createRequire } from 'node:module'; " +
  'const require = createRequire(import.meta.url);';

/**
 * A pipeline Lambda with the house defaults: Node.js 22 on arm64 (cheaper
 * per GB-second than x86 for this CPU-bound JS), ESM bundled by the local
 * esbuild (no Docker), JSON logs via Powertools in its own log group with
 * retention, a role that may write only to that log group (other
 * permissions are granted by the stack), two async retries and an
 * on-failure destination.
 *
 * @example
 * new PipelineFunction(this, 'Rollup', { functionName: 'headroom-dev-rollup',
 *   entry: 'functions/rollup.ts', memorySize: 256, … });
 */
export class PipelineFunction extends Construct {
  readonly function: nodejs.NodejsFunction;
  readonly role: iam.Role;

  constructor(scope: Construct, id: string, props: PipelineFunctionProps) {
    super(scope, id);
    const logGroup = new logs.LogGroup(this, 'Logs', {
      logGroupName: `/aws/lambda/${props.functionName}`,
      retention: props.logRetention,
      removalPolicy: props.removalPolicy,
    });
    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `${props.functionName}: logs only; the stack adds data access`,
    });
    this.role.addToPolicy(
      new iam.PolicyStatement({
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [logGroup.logGroupArn],
      }),
    );
    this.function = new nodejs.NodejsFunction(this, 'Function', {
      functionName: props.functionName,
      entry: props.entry,
      handler: 'handler',
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: props.memorySize,
      timeout: props.timeout,
      role: this.role,
      logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
      environment: {
        POWERTOOLS_SERVICE_NAME: 'headroom',
        POWERTOOLS_LOG_LEVEL: 'INFO',
        NODE_OPTIONS: '--enable-source-maps',
        ...props.environment,
      },
      // Two retries: both handlers are idempotent (a day's partition is
      // replaced; notification state advances only on accepted messages).
      retryAttempts: 2,
      maxEventAge: Duration.hours(6),
      onFailure: new destinations.SnsDestination(props.failureTopic),
      bundling: {
        format: nodejs.OutputFormat.ESM,
        target: 'node22',
        platform: 'node',
        mainFields: ['module', 'main'],
        minify: true,
        sourceMap: true,
        banner: REQUIRE_BANNER,
        forceDockerBundling: false,
        // Bundle the SDK too: the runtime's copy lags ours by months.
        externalModules: [],
      },
    });
  }
}
