import * as sfn from 'aws-cdk-lib/aws-stepfunctions';

/** Where a run's lock object lives in the report bucket. */
export const LOCK_PREFIX = 'locks/';

/** The lock object's key for the run's as-of date. */
export const lockKey = sfn.JsonPath.format(
  `${LOCK_PREFIX}run-{}.lock`,
  sfn.JsonPath.stringAt('$.asOf'),
);
