import { PublishCommand } from '@aws-sdk/client-sns';
import { describe, expect, it } from 'vitest';
import { notify } from '#lib/pipeline/notify';
import { deps, useNotifyFixture } from './notify-fixture.ts';
import {
  asOf,
  emails,
  evaluations,
  killedAfter,
  mock,
  notifier,
  sdkError,
  uncertain,
  useMockedSns,
} from './notify-sns-fixture.ts';

useNotifyFixture();
useMockedSns();

describe('notify: messages that stay uncertain', () => {
  it('keeps every uncertain message across kills, and a surely refused one is not', async () => {
    // Prepare: run 1 has Acme refused (403: surely not sent) and is
    // killed after SNS accepted Beta (steps: save, Acme, save, Beta,
    // save); run 2 is killed after SNS accepted Acme
    const refuseAcme = (fail: boolean) =>
      mock.on(PublishCommand).callsFake((input) => {
        if (fail && input.Subject.includes('Acme')) throw sdkError(403);
        return { MessageId: 'm' };
      });
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
