import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { Template } from 'aws-cdk-lib/assertions';
import { DuckDbQueryEngine } from '#lib/adapters/local/duckdb-query-engine';
import type { Definition, LocalTask } from '../helpers/local-state-machine.ts';
import { type LocalS3, startS3rver } from '../helpers/s3rver.ts';
import { stateMachineDefinition } from '../helpers/state-machine-definition.ts';
import { buildStage } from '../infra/build-stage.ts';
import { fakeAthena } from './fake-athena.ts';
import { lambdaContext, lambdaEnv } from './lambda-env.ts';

/** Values of the template's pseudo parameters, as in a deployment. */
export const PSEUDO = {
  'AWS::Partition': 'aws',
  'AWS::AccountId': '123456789012',
  'AWS::Region': 'eu-west-1',
};
const context = lambdaContext('headroom-test');

async function files(folder: string): Promise<string[]> {
  const entries = await readdir(folder, {
    recursive: true,
    withFileTypes: true,
  });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(folder, join(e.parentPath, e.name)));
}

async function upload(
  s3: LocalS3,
  bucket: string,
  folder: string,
  prefix = '',
) {
  for (const key of await files(folder)) {
    await s3.client.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: `${prefix}${key}`,
        Body: await readFile(join(folder, key)),
      }),
    );
  }
}

/**
 * The AWS side of a run: the lake (`<dir>/aws-lake`) and the inventory
 * (`<dir>/sample/inventory`) in s3rver, Athena on DuckDB over the lake,
 * and the Lambdas' environment pointing at them.
 *
 * @returns the S3 server and the DuckDB engine, to stop after the tests
 */
export async function startAwsSide(
  dir: string,
  reports: string,
  configJson: string,
): Promise<{ s3: LocalS3; duck: DuckDbQueryEngine }> {
  const s3 = await startS3rver(['lake', reports]);
  await upload(s3, 'lake', join(dir, 'aws-lake'));
  for (const name of await readdir(join(dir, 'sample/inventory'))) {
    const stem = name.replace(/\.csv$/, '');
    await s3.client.send(
      new PutObjectCommand({
        Bucket: 'lake',
        Key: `inventory/${stem}/${name}`,
        Body: await readFile(join(dir, 'sample/inventory', name)),
      }),
    );
  }
  const duck = await DuckDbQueryEngine.create({
    lakeDir: join(dir, 'aws-lake'),
    memoryLimit: '1GB',
  });
  fakeAthena(duck, join(dir, 'aws-lake'), s3.client);
  Object.assign(
    process.env,
    lambdaEnv(s3.endpoint, {
      HEADROOM_REPORT_BUCKET: reports,
      HEADROOM_WORKGROUP: 'headroom-test',
      HEADROOM_DATABASE: 'headroom_test',
      HEADROOM_ALERTS_TOPIC_ARN: 'arn:aws:sns:eu-west-1:123456789012:alerts',
      HEADROOM_CONFIG: configJson,
    }),
  );
  return { s3, duck };
}

/**
 * The pipeline stack's state machine and its Lambda handlers, by state
 * name. Call after `startAwsSide`: the handlers read its environment.
 */
export async function loadMachine(): Promise<{
  definition: Definition;
  lambdas: Record<string, LocalTask>;
}> {
  const template = Template.fromStack(
    buildStage({ bundle: false }).stacks.pipeline,
  );
  const definition = stateMachineDefinition(
    template,
    PSEUDO,
  ) as unknown as Definition;
  const lambda = async (path: string) => {
    const { handler } = await import(path);
    return (event: unknown) => handler(event, context);
  };
  const lambdas = {
    Rollup: await lambda('../../functions/rollup.ts'),
    Plan: await lambda('../../functions/plan.ts'),
    Shard: await lambda('../../functions/shard.ts'),
    Publish: await lambda('../../functions/publish.ts'),
  };
  return { definition, lambdas };
}
