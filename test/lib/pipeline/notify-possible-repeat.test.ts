import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { SnsNotifier } from '#lib/adapters/aws/sns-notifier';
import { NOTIFICATION_STATE_KEY } from '#lib/pipeline/notification-state';
import { notify } from '#lib/pipeline/notify';
import { Killer } from '../../helpers/fault-injection.ts';
import { deps, group, useNotifyFixture } from './notify-fixture.ts';

useNotifyFixture();
const sns = new SNSClient({ region: 'eu-west-1' });
const mock = mockClient(sns);
const notifier = new SnsNotifier(sns, 'arn:aws:sns:eu-west-1:1:alerts');
const evaluations = ['Acme', 'Beta', 'Gamma'].map((isp) =>
  group(isp, 'critical', '2026-11-20'),
);
const asOf = '2026-11-26';

beforeEach(() => {
  mock.reset();
  mock.on(PublishCommand).resolves({ MessageId: 'm' });
});

/** The emails SNS was asked to send: subject and first line. */
const emails = () =>
  mock.commandCalls(PublishCommand).map(({ args: [{ input }] }) => {
    return `${input.Subject} | ${input.Message?.split('\n')[0]}`;
  });

/** The state file's `sending` record. */
async function sending() {
  const text = await deps.reports.get(NOTIFICATION_STATE_KEY);
  return JSON.parse(new TextDecoder().decode(text)).sending;
}

describe('notify: a message whose fate a kill left unknown', () => {
  it('is sent again marked as a possible repeat, and no other is', async () => {
    // Prepare: killed after SNS accepted Beta, before the state recorded
    // it (steps: save, Acme, save, Beta, save)
    const killer = new Killer(4);
    const killed = notify(
      {
        ...deps,
        notifier: killer.notifier(notifier),
        reports: killer.store(deps.reports),
      },
      { asOf, evaluations },
    );
    await expect(killed).rejects.toThrow('killed after step 4');
    const left = await sending();

    // Act
    await notify({ ...deps, notifier }, { asOf, evaluations });

    // Assess
    expect(left).toEqual({
      key: expect.stringMatching(/^2026-11-26\/alert\/beta\/1#/),
      since: '2026-11-26T06:00:00.000Z',
    });
    expect(emails()).toEqual([
      expect.stringMatching(/^\[Headroom\] OVERDUE Acme: .* \| Headroom /),
      expect.stringMatching(/^\[Headroom\] OVERDUE Beta: .* \| Headroom /),
      expect.stringMatching(
        /^\[Headroom\] \(possible repeat\) OVERDUE Beta: .* \| Possible repeat: Headroom was sending this message at 2026-11-26 06:00 UTC when its run stopped/,
      ),
      expect.stringMatching(/^\[Headroom\] OVERDUE Gamma: .* \| Headroom /),
    ]);
    expect(await sending()).toBeUndefined();
  });

  it('is not claimed after a run that finished', async () => {
    // Prepare
    await notify({ ...deps, notifier }, { asOf, evaluations });
    const worse = evaluations.map((e) => ({ ...e, orderByDate: '2026-11-10' }));

    // Act: the next day, every alert escalates (all new messages)
    await notify(
      { ...deps, notifier },
      { asOf: '2026-11-27', evaluations: worse },
    );

    // Assess
    expect(emails()).toHaveLength(6);
    expect(emails().filter((e) => e.includes('possible repeat'))).toEqual([]);
    expect(await sending()).toBeUndefined();
  });
});
