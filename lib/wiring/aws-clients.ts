import { AthenaClient } from '@aws-sdk/client-athena';
import { S3Client } from '@aws-sdk/client-s3';
import { SNSClient } from '@aws-sdk/client-sns';
import { AWS_ENV, type Env } from './aws-env.ts';

/** SDK clients, injectable so that tests can use mocks and s3rver. */
export interface AwsClients {
  readonly s3: S3Client;
  readonly athena: AthenaClient;
  readonly sns: SNSClient;
}

/**
 * The SDK clients of a Lambda: region and credentials from its
 * environment, SNS with one attempt per call (`SnsNotifier`).
 *
 * @param env - the environment (an S3 endpoint for tests)
 * @returns the clients
 * @example
 * const { sns } = createClients(process.env);
 */
export function createClients(env: Env): AwsClients {
  // Region and credentials come from the Lambda environment.
  const endpoint = env[AWS_ENV.s3Endpoint];
  return {
    s3: new S3Client(endpoint ? { endpoint, forcePathStyle: true } : {}),
    athena: new AthenaClient({}),
    // One attempt per call: SnsNotifier retries itself and marks an
    // attempt after one that may have gone out as a possible repeat.
    sns: new SNSClient({ maxAttempts: 1 }),
  };
}
