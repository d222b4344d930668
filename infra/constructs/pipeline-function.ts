import type { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
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
  readonly removalPolicy: RemovalPolicy;
  /**
   * Ship a source map in the bundle (`-c sourceMaps=true`): readable
   * stack traces for a bundle about 4.5 times the size (3.19 MB against
   * 0.71 MB measured for the forecast bundle).
   */
  readonly sourceMaps?: boolean;
}

// esbuild's ESM output has no `require`; some dependencies still call it.
const REQUIRE_BANNER =
  "import { createRequire } from 'node:module'; " +
  'const require = createRequire(import.meta.url);';

/**
 * A pipeline Lambda with the house defaults: Node.js 22 on arm64 (cheaper
 * per GB-second than x86 for this CPU-bound JS), ESM bundled by the local
 * esbuild (no Docker), JSON logs via Powertools in its own log group with
 * retention, and a role that may write only to that log group (other
 * permissions are granted by the stack). The stage functions are invoked
 * synchronously by Step Functions, which owns retries and failure alerts;
 * the backtest function asynchronously by its monthly schedule, where a
 * failure raises its alarm and the next month (or a manual invoke) runs
 * it again. So no async retry or destination is configured.
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
    this.role = this.addRole(props.functionName, logGroup);
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
      environment: environmentOf(props),
      // No async retry: Step Functions retries the stages; a backtest
      // that failed is run again by hand or next month (see above).
      retryAttempts: 0,
      bundling: bundlingOf(props.sourceMaps ?? false),
    });
  }

  /** The function's role: it may write to its own log group, nothing more. */
  private addRole(functionName: string, logGroup: logs.LogGroup): iam.Role {
    const role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `${functionName}: logs only; the stack adds data access`,
    });
    role.addToPolicy(
      new iam.PolicyStatement({
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [logGroup.logGroupArn],
      }),
    );
    return role;
  }
}

/** Powertools' settings, source maps when shipped, then the stack's. */
function environmentOf(props: PipelineFunctionProps): Record<string, string> {
  return {
    POWERTOOLS_SERVICE_NAME: 'headroom',
    POWERTOOLS_LOG_LEVEL: 'INFO',
    ...(props.sourceMaps ? { NODE_OPTIONS: '--enable-source-maps' } : {}),
    ...props.environment,
  };
}

/** ESM for Node.js 22 by the local esbuild, minified, SDK included. */
function bundlingOf(sourceMap: boolean): nodejs.BundlingOptions {
  return {
    format: nodejs.OutputFormat.ESM,
    target: 'node22',
    platform: 'node',
    mainFields: ['module', 'main'],
    minify: true,
    sourceMap,
    banner: REQUIRE_BANNER,
    forceDockerBundling: false,
    // Bundle the SDK too: the runtime's copy lags ours by months.
    externalModules: [],
  };
}
