import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { RUN_DATE_LOCK_PREFIX, runDateLockKey } from '#lib/domain/vocabulary';

/** Where the runs' date locks live in the report bucket. */
export const LOCK_PREFIX = RUN_DATE_LOCK_PREFIX;

/** The lock object's key for the run's as-of date (`runDateLockKey`). */
export const lockKey = sfn.JsonPath.format(
  runDateLockKey('{}'),
  sfn.JsonPath.stringAt('$.asOf'),
);
