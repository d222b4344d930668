import { PublishCommand } from '@aws-sdk/client-sns';
import { describe, expect, it } from 'vitest';
import { SnsNotifier, toSubject } from '#lib/adapters/aws/sns-notifier';
import {
  MESSAGE,
  noWait,
  sdkError,
  TOPIC,
  useMockedSns,
} from './sns-fixture.ts';

const { sns, mock } = useMockedSns();

describe('SnsNotifier', () => {
  it('publishes with subject and the four String attributes', async () => {
    // Prepare
    mock.on(PublishCommand).resolves({ MessageId: 'm-1' });
    // Act
    const outcomes = await new SnsNotifier(sns, TOPIC).publish([MESSAGE]);
    // Assess
    expect(outcomes).toEqual([{ id: MESSAGE.id, ok: true, messageId: 'm-1' }]);
    expect(mock).toReceiveCommandWith(PublishCommand, {
      TopicArn: TOPIC,
      Subject: 'Acme: 1 critical augment',
      Message: 'Order by 2026-12-01',
      MessageAttributes: {
        isp: { DataType: 'String', StringValue: 'Acme' },
        region: { DataType: 'String', StringValue: 'EMEA' },
        severity: { DataType: 'String', StringValue: 'critical' },
        owner: { DataType: 'String', StringValue: 'emea-peering' },
      },
    });
  });

  it('retries throttling and 5xx, then succeeds', async () => {
    // Prepare
    mock
      .on(PublishCommand)
      .rejectsOnce(sdkError('Throttling', 'client', 400))
      .rejectsOnce(sdkError('InternalError', 'server', 500))
      .resolves({ MessageId: 'm-2' });
    // Act
    const outcomes = await new SnsNotifier(sns, TOPIC, noWait).publish([
      MESSAGE,
    ]);
    // Assess
    expect(outcomes[0]).toEqual({ id: MESSAGE.id, ok: true, messageId: 'm-2' });
    expect(mock).toReceiveCommandTimes(PublishCommand, 3);
  });

  it('reports and counts a failed message without stopping the others', async () => {
    // Prepare
    const second = {
      ...MESSAGE,
      id: 'b',
      attributes: {
        ...MESSAGE.attributes,
        isp: 'Beta',
      },
    };
    mock.on(PublishCommand).callsFake((input) => {
      if (input.MessageAttributes.isp.StringValue === 'Acme') {
        throw sdkError('AuthorizationError', 'client', 403);
      }
      return { MessageId: 'm-3' };
    });
    const counted: string[] = [];
    const metrics = {
      addMetric: (name: string, _unit: unknown, value: number) => {
        counted.push(`${name} ${value}`);
      },
      publishStoredMetrics: () => counted.push('flushed'),
    };
    // Act
    const outcomes = await new SnsNotifier(sns, TOPIC, noWait, metrics).publish(
      [MESSAGE, second],
    );
    // Assess
    expect(outcomes).toEqual([
      {
        id: MESSAGE.id,
        ok: false,
        error: 'AuthorizationError: AuthorizationError happened',
        mayHaveArrived: false,
      },
      { id: 'b', ok: true, messageId: 'm-3' },
    ]);
    expect(mock).toReceiveCommandTimes(PublishCommand, 2);
    expect(counted).toEqual(['NotificationsFailed 1', 'flushed']);
  });

  it('keeps subjects to one line of at most 99 characters (SNS refuses 100)', () => {
    // Act
    const long = toSubject(`${'x'.repeat(120)}`);
    // Assess
    expect(long).toHaveLength(99);
    expect(toSubject('a\r\nb')).toBe('a b');
    expect(toSubject('  ')).toBe('Headroom');
  });
});
