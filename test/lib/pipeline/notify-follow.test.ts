import { PublishCommand } from '@aws-sdk/client-sns';
import { describe, expect, it } from 'vitest';
import { notify } from '#lib/pipeline/notify';
import { deps, useNotifyFixture } from './notify-fixture.ts';
import {
  asOf,
  emails,
  evaluations,
  mock,
  notifier,
  sdkError,
  uncertain,
  useMockedSns,
} from './notify-sns-fixture.ts';

useNotifyFixture();
useMockedSns();

/**
 * A week after day 1: every open alert is due its reminder (an earlier
 * order-by date of a bundle overdue when told sends nothing).
 */
const LATER = '2026-12-03';

/** Day 1: Beta's every attempt answered 500, so it may have gone out. */
async function betaUnknownOnDay1() {
  mock.on(PublishCommand).callsFake((input) => {
    if (input.Subject.includes('Beta')) throw sdkError(500);
    return { MessageId: 'm' };
  });
  await notify({ ...deps, notifier }, { asOf, evaluations });
  mock.reset();
  mock.on(PublishCommand).resolves({ MessageId: 'm' });
}

describe('notify: the next message on an uncertain one’s matter', () => {
  it('is marked on the next day, says when the earlier one was sent, and settles it', async () => {
    // Prepare
    await betaUnknownOnDay1();

    // Act: day 2 is run, day 1 never again; then day 3
    await notify({ ...deps, notifier }, { asOf: '2026-11-27', evaluations });
    const after = await uncertain();
    await notify({ ...deps, notifier }, { asOf: '2026-11-28', evaluations });

    // Assess: Beta's day-2 alert, with its own figures, marked; nothing
    // more on day 3 (Beta is now recorded as alerted)
    expect(emails()).toEqual([
      expect.stringMatching(
        /^\[Headroom\] \(possible repeat\) OVERDUE Beta: .* \| Possible repeat: Headroom was sending an earlier message about this at 2026-11-26 06:00 UTC and could not confirm that it went out\. If you have it, this one brings it up to date\.$/,
      ),
    ]);
    const [sent] = mock.commandCalls(PublishCommand);
    expect(sent?.args[0].input.Message).toContain('2026-11-27');
    expect(after).toBeUndefined();
  });

  it('leaves the other matters unmarked, and an uncertain one stays until a message on it is accepted', async () => {
    // Prepare: day 2, a week on, reminds of every group, and SNS refuses
    // Beta (403: surely not sent), so day 1's Beta stays uncertain
    await betaUnknownOnDay1();
    const worse = evaluations.map((e) => ({ ...e, orderByDate: '2026-11-10' }));
    mock.on(PublishCommand).callsFake((input) => {
      if (input.Subject.includes('Beta')) throw sdkError(403);
      return { MessageId: 'm' };
    });

    // Act
    await notify({ ...deps, notifier }, { asOf: LATER, evaluations: worse });

    // Assess
    const alerts = emails().filter((e) => !e.includes('weekly digest'));
    expect(alerts.map((e) => e.split(':')[0])).toEqual([
      '[Headroom] OVERDUE Acme',
      '[Headroom] (possible repeat) OVERDUE Beta',
      '[Headroom] OVERDUE Gamma',
    ]);
    expect(Object.keys(await uncertain())).toEqual([
      expect.stringMatching(/^2026-11-26\/alert\/beta\/1#/),
    ]);
  });

  it('leaves a later day’s uncertain message to its own rerun when an older day is replayed', async () => {
    // Prepare: day 1 refuses Beta (403), day 2 (a week on: reminders)
    // answers Beta 500, so day 2's Beta may have gone out
    const refuseBeta = (status: 403 | 500) =>
      mock.on(PublishCommand).callsFake((input) => {
        if (input.Subject.includes('Beta')) throw sdkError(status);
        return { MessageId: 'm' };
      });
    const worse = evaluations.map((e) => ({ ...e, orderByDate: '2026-11-10' }));
    refuseBeta(403);
    await notify({ ...deps, notifier }, { asOf, evaluations });
    refuseBeta(500);
    await notify({ ...deps, notifier }, { asOf: LATER, evaluations: worse });
    mock.reset();
    mock.on(PublishCommand).resolves({ MessageId: 'm' });

    // Act: day 1 is replayed, then day 2 rerun
    await notify({ ...deps, notifier }, { asOf, evaluations });
    await notify({ ...deps, notifier }, { asOf: LATER, evaluations: worse });

    // Assess: day 1's Beta does not claim to bring day 2's up to date;
    // day 2's Beta (its text now follows day 1's) is marked again
    expect(emails()).toEqual([
      expect.stringMatching(/^\[Headroom\] OVERDUE Beta: .*2026-11-26$/),
      expect.stringMatching(
        /^\[Headroom\] \(possible repeat\) OVERDUE Beta: .*was due 23 d ago .* Possible repeat: /,
      ),
    ]);
    expect(await uncertain()).toBeUndefined();
  });
});
