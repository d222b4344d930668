import { AthenaClient } from '@aws-sdk/client-athena';
import { S3Client } from '@aws-sdk/client-s3';
import { SNSClient } from '@aws-sdk/client-sns';
import { AWS_ENV } from '#lib/wiring/aws-env';

/** The clients `buildAwsDeps` is given in the wiring tests (mock them). */
export const clients = {
  s3: new S3Client({ region: 'eu-west-1' }),
  athena: new AthenaClient({ region: 'eu-west-1' }),
  sns: new SNSClient({ region: 'eu-west-1' }),
};

/** A Lambda's environment: buckets, workgroup, database and topic. */
export const ENV: Record<string, string> = {
  [AWS_ENV.lakeBucket]: 'lake',
  [AWS_ENV.reportBucket]: 'reports',
  [AWS_ENV.workGroup]: 'wg',
  [AWS_ENV.database]: 'db',
  [AWS_ENV.alertsTopicArn]: 'arn:aws:sns:eu-west-1:1:alerts',
};
