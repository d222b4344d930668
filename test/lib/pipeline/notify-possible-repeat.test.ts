import { describe, expect, it } from 'vitest';
import { notify } from '#lib/pipeline/notify';
import { deps, useNotifyFixture } from './notify-fixture.ts';
import {
  asOf,
  emails,
  evaluations,
  killedAfter,
  notifier,
  uncertain,
  useMockedSns,
} from './notify-sns-fixture.ts';

useNotifyFixture();
useMockedSns();

describe('notify: a message whose fate a kill left unknown', () => {
  it('is sent again marked as a possible repeat, and no other is', async () => {
    // Prepare: killed after SNS accepted Beta, before the state recorded
    // it (steps: save, Acme, save, Beta, save)
    const killed = notify(killedAfter(4), { asOf, evaluations });
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

    // Act: a week on, every alert is reminded of (all new messages)
    await notify(
      { ...deps, notifier },
      { asOf: '2026-12-03', evaluations: worse },
    );

    // Assess
    const alerts = emails().filter((e) => !e.includes('weekly digest'));
    expect(alerts).toHaveLength(6);
    expect(emails().filter((e) => e.includes('possible repeat'))).toEqual([]);
    expect(await uncertain()).toBeUndefined();
  });
});
