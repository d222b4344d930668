import {
  PublishCommand,
  SNSClient,
  SNSServiceException,
} from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { SnsNotifier } from '#lib/adapters/aws/sns-notifier';
import { NOTIFICATION_STATE_KEY } from '#lib/pipeline/notification-state';
import type { NotifyDeps } from '#lib/pipeline/notify';
import { notify } from '#lib/pipeline/notify';
import { Killer } from '../../helpers/fault-injection.ts';
import { deps, group, useNotifyFixture } from './notify-fixture.ts';

useNotifyFixture();
const sns = new SNSClient({ region: 'eu-west-1' });
const mock = mockClient(sns);
const notifier = new SnsNotifier(sns, 'arn:aws:sns:eu-west-1:1:alerts', {
  sleep: async () => {},
  random: () => 0,
});
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

/** The state file's `uncertain` record. */
async function uncertain() {
  const text = await deps.reports.get(NOTIFICATION_STATE_KEY);
  return JSON.parse(new TextDecoder().decode(text)).uncertain;
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
    const left = await uncertain();

    // Act
    await notify({ ...deps, notifier }, { asOf, evaluations });

    // Assess
    expect(Object.entries(left)).toEqual([
      [
        expect.stringMatching(/^2026-11-26\/alert\/beta\/1#/),
        '2026-11-26T06:00:00.000Z',
      ],
    ]);
    expect(emails()).toEqual([
      expect.stringMatching(/^\[Headroom\] OVERDUE Acme: .* \| Headroom /),
      expect.stringMatching(/^\[Headroom\] OVERDUE Beta: .* \| Headroom /),
      expect.stringMatching(
        /^\[Headroom\] \(possible repeat\) OVERDUE Beta: .* \| Possible repeat: Headroom was sending this message at 2026-11-26 06:00 UTC and could not confirm/,
      ),
      expect.stringMatching(/^\[Headroom\] OVERDUE Gamma: .* \| Headroom /),
    ]);
    expect(await uncertain()).toBeUndefined();
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
    expect(await uncertain()).toBeUndefined();
  });

  it('keeps every uncertain message across kills, and a surely refused one is not', async () => {
    // Prepare: run 1 has Acme refused (403: surely not sent) and is
    // killed after SNS accepted Beta (steps: save, Acme, save, Beta,
    // save); run 2 is killed after SNS accepted Acme
    const refuseAcme = (fail: boolean) =>
      mock.on(PublishCommand).callsFake((input) => {
        if (fail && input.Subject.includes('Acme')) throw sdkError(403);
        return { MessageId: 'm' };
      });
    const killedAfter = (k: number): NotifyDeps => {
      const killer = new Killer(k);
      const reports = killer.store(deps.reports);
      return { ...deps, notifier: killer.notifier(notifier), reports };
    };
    refuseAcme(true);
    await expect(
      notify(killedAfter(4), { asOf, evaluations }),
    ).rejects.toThrow();
    refuseAcme(false);
    await expect(
      notify(killedAfter(2), { asOf, evaluations }),
    ).rejects.toThrow();

    // Act
    await notify({ ...deps, notifier }, { asOf, evaluations });

    // Assess: run 1 Acme (refused) and Beta, run 2 Acme, run 3 all three
    expect(emails().map((e) => e.split(':')[0])).toEqual([
      '[Headroom] OVERDUE Acme',
      '[Headroom] OVERDUE Beta',
      '[Headroom] OVERDUE Acme',
      '[Headroom] (possible repeat) OVERDUE Acme',
      '[Headroom] (possible repeat) OVERDUE Beta',
      '[Headroom] OVERDUE Gamma',
    ]);
    expect(await uncertain()).toBeUndefined();
  });

  it('marks a message whose every attempt failed in a way that leaves it unknown', async () => {
    // Prepare: SNS answers 500 to all five attempts for Beta
    let fail = true;
    mock.on(PublishCommand).callsFake((input) => {
      if (fail && input.Subject.includes('Beta')) throw sdkError(500);
      return { MessageId: 'm' };
    });
    const first = await notify({ ...deps, notifier }, { asOf, evaluations });
    fail = false;

    // Act
    await notify({ ...deps, notifier }, { asOf, evaluations });

    // Assess
    expect(first.failures).toEqual([
      { id: '2026-11-26/alert/beta/1', error: 'InternalError: failed' },
    ]);
    expect(emails().map((e) => e.split(':')[0])).toEqual([
      '[Headroom] OVERDUE Acme',
      '[Headroom] OVERDUE Beta',
      ...Array(4).fill('[Headroom] (possible repeat) OVERDUE Beta'),
      '[Headroom] OVERDUE Gamma',
      '[Headroom] (possible repeat) OVERDUE Beta',
    ]);
  });
});

/** What SNS throws for a refused call of this HTTP status. */
function sdkError(status: 403 | 500) {
  return new SNSServiceException({
    name: status === 500 ? 'InternalError' : 'AuthorizationError',
    $fault: status === 500 ? 'server' : 'client',
    $metadata: { httpStatusCode: status },
    message: 'failed',
  });
}
