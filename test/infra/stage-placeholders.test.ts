import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { stagePlaceholders } from '../../infra/stage-placeholders.ts';
import { STAGE_CONFIGS } from '../../infra/stages.ts';
import { buildStage } from './build-stage.ts';

const dev = STAGE_CONFIGS.dev;

describe('stagePlaceholders', () => {
  it("names each of the example stage's placeholder fields", () => {
    // Act
    const found = stagePlaceholders(dev);
    // Assess
    expect(found).toEqual([
      "stage 'dev': alertEmails holds a documentation placeholder " +
        '(capacity-dev@example.com): no email reaches it; replace it in infra/stages.ts',
      "stage 'dev': operationsEmails holds a documentation placeholder " +
        '(headroom-ops-dev@example.com): no email reaches it; replace it in infra/stages.ts',
      "stage 'dev': reportAllowedCidrs holds a documentation placeholder " +
        '(192.0.2.0/24): no reader is in it; replace it in infra/stages.ts',
    ]);
  });

  it('finds none in a stage with real addresses and ranges', () => {
    // Prepare
    const stage = {
      ...dev,
      alertEmails: [{ email: 'capacity@acme.net' }],
      operationsEmails: ['noc@ops.acme.net'],
      reportAllowedCidrs: ['10.20.0.0/16', '2a01:4f8::/32'],
    };
    // Act and assess
    expect(stagePlaceholders(stage)).toEqual([]);
  });

  it('warns at synth, on the alerting stack', () => {
    // Act
    const { stacks } = buildStage({ bundle: false });
    const annotations = Annotations.fromStack(stacks.alerting);
    // Assess
    annotations.hasWarning(
      '*',
      Match.stringLikeRegexp('alertEmails holds a documentation placeholder'),
    );
  });
});
