import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { runDateLockKey } from '#lib/domain/vocabulary';

/** The lock object's key for the run's as-of date (`runDateLockKey`). */
export const lockKey = sfn.JsonPath.format(
  runDateLockKey('{}'),
  sfn.JsonPath.stringAt('$.asOf'),
);
