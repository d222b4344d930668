import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll } from 'vitest';
import { S3ObjectStore } from '#lib/adapters/aws/s3-object-store';
import type { DuckDbQueryEngine } from '#lib/adapters/local/duckdb-query-engine';
import { parseConfig } from '#lib/config';
import { runPipeline } from '#lib/pipeline/run-pipeline';
import { generateSample } from '#lib/sample/generate-sample';
import { buildLocalDeps } from '#lib/wiring/local';
import type { Definition, LocalTask } from '../helpers/local-state-machine.ts';
import { silentLog } from '../helpers/recording-log.ts';
import type { LocalS3 } from '../helpers/s3rver.ts';
import { loadMachine, startAwsSide } from './state-machine-aws-side.ts';

/** The date every test runs. */
export const AS_OF = '2026-11-26';
/**
 * Small shards, so that the sample's ISPs make four of them, one ISP
 * split by group over two (docs/architecture.md "Choosing shards").
 */
const CONFIG_JSON = JSON.stringify({ shards: { maxSeries: 7 } });
/** The report bucket's name as the stack gives it (the lock lives there). */
export const REPORTS = 'headroom-dev-reports-123456789012-eu-west-1';
/** The run's lock object for `AS_OF`. */
export const LOCK = `locks/run-${AS_OF}.lock`;
/** The report files compared with the local CLI's. */
export const FILES = [
  'forecasts.csv',
  'forecasts.json',
  'alerts.json',
  'data-quality.json',
];
/** The mocked SNS client the Publish Lambda sends alerts through. */
export const sns = mockClient(SNSClient);
let dir: string;
let duck: DuckDbQueryEngine;
/** The S3 server holding the lake and the reports (set in `beforeAll`). */
export let s3: LocalS3;
/** The synthesized state machine (set in `beforeAll`). */
export let definition: Definition;
/** Every Lambda task's handler, by state name (set in `beforeAll`). */
export let lambdas: Record<string, LocalTask>;

/** The output a duplicate start ends with (README "The daily run on AWS"). */
export const skipped = (holder: string) =>
  `${LOCK} is held by ${holder}: this date has run or is running; ` +
  'delete the lock to run it again';

/** A report file as the AWS run published it. */
export async function reportText(key: string): Promise<string> {
  const bytes = await new S3ObjectStore(s3.client, REPORTS).get(key);
  return new TextDecoder().decode(bytes);
}

/** A report file as the local CLI's run wrote it. */
export async function localText(name: string): Promise<string> {
  return readFile(join(dir, 'local-out/reports', AS_OF, name), 'utf8');
}

/** The local CLI's run of the sample, as `headroom run` does it. */
async function runLocalCli(): Promise<void> {
  const local = await buildLocalDeps({
    lake: join(dir, 'local-lake'),
    inventory: join(dir, 'sample/inventory'),
    out: join(dir, 'local-out'),
    config: parseConfig(CONFIG_JSON, 'test'),
    log: silentLog,
    memoryLimit: '1GB',
  });
  await runPipeline(local, { asOf: AS_OF });
  await local.engine.close();
}

/**
 * Registers the hooks of a state-machine test file: a sample of twelve
 * links, the local CLI's run of it, and the AWS side (lake and reports in
 * s3rver, Athena on DuckDB, SNS mocked) the template's machine runs on.
 */
export function useStateMachine(): void {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'state-machine-'));
    await generateSample({
      out: join(dir, 'sample'),
      links: 12,
      days: 120,
      seed: 7,
      end: '2026-11-25',
    });
    for (const copy of ['local-lake', 'aws-lake']) {
      await cp(join(dir, 'sample/lake'), join(dir, copy), { recursive: true });
    }
    await runLocalCli();
    ({ s3, duck } = await startAwsSide(dir, REPORTS, CONFIG_JSON));
    sns.on(PublishCommand).resolves({ MessageId: 'sns-1' });
    ({ definition, lambdas } = await loadMachine());
  }, 300_000);

  afterAll(async () => {
    await duck?.close();
    await s3?.stop();
    await rm(dir, { recursive: true, force: true });
  });
}
