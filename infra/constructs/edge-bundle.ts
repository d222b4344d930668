import { dirname, resolve } from 'node:path';
import { AssetHashType, DockerImage, Token } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { buildSync } from 'esbuild';

/**
 * A Lambda@Edge bundle built by the local esbuild, as `PipelineFunction`'s
 * `NodejsFunction` builds the pipeline's (no Docker), but for
 * `cloudfront.experimental.EdgeFunction`, which takes plain `lambda.Code`.
 * Lambda@Edge has no environment variables, so `constants` are baked in
 * with esbuild `define`: they must be known at synth (no tokens).
 *
 * @param entry - the handler file, exporting `handler`
 * @param constants - global names replaced by string literals
 * @returns the code, `index.handler` (CommonJS)
 * @example
 * edgeBundle('functions/report-sign-in.ts', { SIGN_IN_PARAMETER: '/x' });
 */
export function edgeBundle(
  entry: string,
  constants: Readonly<Record<string, string>>,
): lambda.Code {
  const define = defineConstants(constants);
  return lambda.Code.fromAsset(dirname(entry), {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      // Never pulled: local bundling below always succeeds or throws.
      image: DockerImage.fromRegistry('public.ecr.aws/sam/build-nodejs22.x'),
      local: {
        tryBundle(outputDir) {
          buildSync({
            entryPoints: [resolve(entry)],
            outfile: `${outputDir}/index.js`,
            bundle: true,
            platform: 'node',
            target: 'node22',
            format: 'cjs',
            mainFields: ['module', 'main'],
            minify: true,
            define,
            logLevel: 'error',
          });
          return true;
        },
      },
    },
  });
}

/**
 * esbuild's `define` for the constants: each name replaced by its value
 * as a string literal; a value known only at deploy time is refused.
 */
function defineConstants(
  constants: Readonly<Record<string, string>>,
): Record<string, string> {
  for (const [name, value] of Object.entries(constants)) {
    if (Token.isUnresolved(value)) {
      throw new Error(
        `${name} is only known at deploy time; Lambda@Edge needs it at synth`,
      );
    }
  }
  return Object.fromEntries(
    Object.entries(constants).map(([name, value]) => [
      name,
      JSON.stringify(value),
    ]),
  );
}
