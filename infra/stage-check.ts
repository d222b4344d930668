import { isIsoDay } from '#lib/domain/dates';
import type { StageConfig } from './stage-config.ts';

/** A field's test and what it must be, for the message. */
type Check = readonly [
  field: keyof StageConfig,
  ok: (value: never) => boolean,
  expected: string,
];

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const wholeAtLeast = (least: number) => (v: number) =>
  Number.isInteger(v) && v >= least;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * What each stage field must be. Each fails `cdk deploy` otherwise, some
 * only after minutes (a bucket name over 63 characters, a schedule's time
 * zone), some never (a `dataStartDate` Athena cannot read hides traffic).
 */
const CHECKS: readonly Check[] = [
  [
    'name',
    (v: string) => /^[a-z0-9](?:[a-z0-9-]{0,16}[a-z0-9])?$/.test(v),
    // `headroom-<name>-reports-<12-digit account>-<region>` ≤ 63.
    'lower-case letters, digits and -, at most 18 characters (the bucket ' +
      'names add the account and region, and S3 allows 63)',
  ],
  [
    'region',
    (v: string) => /^[a-z]{2}(-[a-z]+)+-\d$/.test(v),
    'a region such as eu-west-1',
  ],
  ['timeZone', isTimeZone, 'an IANA time zone such as Europe/London'],
  [
    'runHour',
    (v: number) => Number.isInteger(v) && v >= 0 && v <= 23,
    'a whole hour from 0 to 23',
  ],
  // A Distributed Map runs at most 10,000 children at once.
  [
    'maxConcurrency',
    (v: number) => wholeAtLeast(1)(v) && v <= 10_000,
    'a whole number from 1 to 10000',
  ],
  [
    'trafficRetentionDays',
    wholeAtLeast(1),
    'a whole number of days, at least 1',
  ],
  [
    'reportRetentionDays',
    wholeAtLeast(1),
    'a whole number of days, at least 1',
  ],
  ['dataStartDate', isIsoDay, 'a date YYYY-MM-DD: the first day of traffic'],
  [
    'alertEmails',
    (v: StageConfig['alertEmails']) => v.every((s) => EMAIL.test(s.email)),
    'email addresses',
  ],
  [
    'operationsEmails',
    (v: readonly string[]) => v.every((e) => EMAIL.test(e)),
    'email addresses',
  ],
  // Athena's least cutoff is 10 MB.
  [
    'bytesScannedCutoffPerQuery',
    wholeAtLeast(10_000_000),
    'a whole number of bytes, at least 10000000',
  ],
  [
    'dailyScanAlarmBytes',
    wholeAtLeast(1),
    'a whole number of bytes, at least 1',
  ],
];

/**
 * Checks a stage's fields before any stack is built, so that `cdk synth`
 * stops on a mistake in `infra/stages.ts` that `cdk deploy` would find
 * late or never.
 *
 * @param stage - the stage
 * @throws Error naming the stage, the field, what it must be and the value
 * @example
 * checkStage({ ...STAGE_CONFIGS.dev, runHour: 27 });
 * // Error: stage 'dev': runHour must be a whole hour from 0 to 23 (got 27)
 */
export function checkStage(stage: StageConfig): void {
  for (const [field, ok, expected] of CHECKS) {
    const value = stage[field];
    if (!ok(value as never)) {
      throw new Error(
        `stage '${stage.name}': ${field} must be ${expected} (got ${JSON.stringify(value)})`,
      );
    }
  }
}
