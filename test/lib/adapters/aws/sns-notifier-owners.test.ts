import { PublishCommand } from '@aws-sdk/client-sns';
import { describe, expect, it } from 'vitest';
import { SnsNotifier } from '#lib/adapters/aws/sns-notifier';
import { renderHandoverMessage } from '#lib/report/email-handover';
import { renderIspMessage } from '#lib/report/render-email';
import { filterPolicyOf } from '../../../../infra/stacks/filter-policy.ts';
import {
  EMAIL_CONFIG,
  FRA2_IX,
  LHR1_PNI,
} from '../../../fixtures/rules/email-evaluations.ts';
import { TOPIC, useMockedSns } from './sns-fixture.ts';

const { sns, mock } = useMockedSns();

/** Acme's alert when its LHR1 bundle went to `noc`, FRA2 kept its owner. */
const messages = () =>
  renderIspMessage({
    asOf: '2026-11-26',
    unit: 'Acme Telecom',
    // The new owner first: the attribute's order is the names', not the groups'
    groups: [
      { ...LHR1_PNI, owner: 'noc' },
      { ...FRA2_IX, isp: 'Acme Telecom', owner: 'emea-peering' },
    ],
    config: EMAIL_CONFIG,
  });

describe('SnsNotifier, a message for several owners', () => {
  it('sends every owner, sorted, as a String.Array, and one ISP as a String', async () => {
    // Prepare
    mock.on(PublishCommand).resolves({ MessageId: 'm-1' });

    // Act
    await new SnsNotifier(sns, TOPIC).publish(messages());

    // Assess: before, owner was the String 'multiple', which no owner's
    // filter policy matched
    expect(mock).toReceiveCommandWith(PublishCommand, {
      MessageAttributes: {
        isp: { DataType: 'String', StringValue: 'Acme Telecom' },
        region: { DataType: 'String', StringValue: 'EMEA' },
        severity: { DataType: 'String', StringValue: 'critical' },
        owner: {
          DataType: 'String.Array',
          StringValue: '["emea-peering","noc"]',
        },
      },
    });
  });

  it("carries the owner an owner's filter policy lists, as a JSON array", async () => {
    // Prepare: the policy the alerting stack gives an owner's address
    mock.on(PublishCommand).resolves({ MessageId: 'm-1' });
    const policy = filterPolicyOf({ owner: ['emea-peering'] });

    // Act
    await new SnsNotifier(sns, TOPIC).publish(messages());

    // Assess: SNS delivers a String.Array attribute when one of its
    // elements is among the policy's values (exact, case-sensitive)
    const sent = mock.commandCalls(PublishCommand)[0]!.args[0].input;
    const owner = sent.MessageAttributes!.owner!;
    expect(policy.owner!.conditions).toEqual(['emea-peering']);
    expect(owner.DataType).toBe('String.Array');
    expect(JSON.parse(owner.StringValue!)).toEqual(['emea-peering', 'noc']);
  });

  it("sends a handover's severities as a String.Array a critical-only policy matches", async () => {
    // Prepare: FRA2, told critical to emea-peering, is now noc's
    mock.on(PublishCommand).resolves({ MessageId: 'm-1' });
    const handover = renderHandoverMessage({
      asOf: '2026-11-26',
      from: 'emea-peering',
      unit: 'Acme Telecom',
      groups: [
        {
          group: { ...FRA2_IX, isp: 'Acme Telecom', owner: 'noc' },
          toldSeverity: 'critical',
          notifiedOn: '2026-11-20',
        },
      ],
      config: EMAIL_CONFIG,
    }).messages;
    const policy = filterPolicyOf({ severity: ['critical'] });

    // Act
    await new SnsNotifier(sns, TOPIC).publish(handover);

    // Assess: before, the String 'resolved', which the policy refused
    const sent = mock.commandCalls(PublishCommand)[0]!.args[0].input;
    const severity = sent.MessageAttributes!.severity!;
    expect(severity).toEqual({
      DataType: 'String.Array',
      StringValue: '["critical","resolved","warning"]',
    });
    expect(JSON.parse(severity.StringValue!)).toContain(
      policy.severity!.conditions[0],
    );
  });
});
