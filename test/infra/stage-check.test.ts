import { App } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { addHeadroomStage } from '../../infra/app.ts';
import { checkStage } from '../../infra/stage-check.ts';
import { STAGE_CONFIGS } from '../../infra/stages.ts';

const dev = STAGE_CONFIGS.dev;

describe('checkStage', () => {
  it('accepts the example stages', () => {
    // Act and assess
    expect(() => checkStage(STAGE_CONFIGS.dev)).not.toThrow();
    expect(() => checkStage(STAGE_CONFIGS.prod)).not.toThrow();
  });

  it.each([
    [
      { runHour: 27 },
      "stage 'dev': runHour must be a whole hour from 0 to 23 (got 27)",
    ],
    [
      { dataStartDate: '2023/06/01' },
      'stage \'dev\': dataStartDate must be a date YYYY-MM-DD: the first day of traffic (got "2023/06/01")',
    ],
    [
      { timeZone: 'Europe/Londn' },
      'stage \'dev\': timeZone must be an IANA time zone such as Europe/London (got "Europe/Londn")',
    ],
    [
      { name: 'edge-capacity-production' },
      "stage 'edge-capacity-production': name must be lower-case letters, digits and -, at most 18 characters",
    ],
    [{ name: 'Edge' }, "stage 'Edge': name must be lower-case"],
    [
      { region: 'Ireland' },
      'stage \'dev\': region must be a region such as eu-west-1 (got "Ireland")',
    ],
    [
      { maxConcurrency: 0 },
      "stage 'dev': maxConcurrency must be a whole number from 1 to 10000 (got 0)",
    ],
    [
      { operationsEmails: ['ops.example.com'] },
      'stage \'dev\': operationsEmails must be email addresses (got ["ops.example.com"])',
    ],
    [
      { alertEmails: [{ email: 'capacity@' }] },
      "stage 'dev': alertEmails must be email addresses",
    ],
    [
      { bytesScannedCutoffPerQuery: 1e6 },
      "stage 'dev': bytesScannedCutoffPerQuery must be a whole number of bytes, at least 10000000 (got 1000000)",
    ],
    [
      { trafficRetentionDays: 0 },
      "stage 'dev': trafficRetentionDays must be a whole number of days, at least 1 (got 0)",
    ],
  ])(
    'refuses %j, naming the stage, the field and the value',
    (change, message) => {
      // Prepare
      const stage = { ...dev, ...change };
      // Act and assess
      expect(() => checkStage(stage)).toThrow(message);
    },
  );

  it('stops the synth before any stack is built', () => {
    // Prepare
    const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
    // Act and assess
    expect(() => addHeadroomStage(app, { ...dev, runHour: 24 })).toThrow(
      "stage 'dev': runHour must be a whole hour from 0 to 23 (got 24)",
    );
    expect(app.node.children).toHaveLength(0);
  });
});
