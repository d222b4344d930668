import { describe, expect, it } from 'vitest';
import { StoreConflictError } from '#lib/errors';
import { NOTIFICATION_STATE_KEY } from '#lib/pipeline/notification-state';
import { notify } from '#lib/pipeline/notify';
import type { Notifier } from '#lib/ports/notifier';
import {
  deps,
  group,
  logErrors,
  notifier,
  run,
  useNotifyFixture,
} from './notify-fixture.ts';

useNotifyFixture();

describe('notify: the state file', () => {
  it('starts afresh from an unreadable state and says so', async () => {
    // Prepare
    await deps.reports.put(NOTIFICATION_STATE_KEY, '{"version": 7}');
    const errors = logErrors();

    // Act
    const sent = await run('2026-11-26', [
      group('Acme', 'warning', '2026-12-01'),
    ]);

    // Assess
    expect([sent.length, errors]).toEqual([
      1,
      ['notification state unreadable: rebuilding it'],
    ]);
  });

  it.each([
    ['null', 'null'],
    [
      'a bad date',
      '{"version":1,"since":"2026-13-45","groups":{},"digests":{},"sent":{}}',
    ],
    [
      'wrong types',
      '{"version":1,"since":"2026-11-01","groups":[],"digests":{},"sent":{"a":5}}',
    ],
  ])(
    'rebuilds a state file of the wrong shape (%s) and says so once',
    async (_, body) => {
      // Prepare
      await deps.reports.put(NOTIFICATION_STATE_KEY, body);
      const errors = logErrors();
      const evaluations = [group('Acme', 'warning', '2026-12-01')];

      // Act
      const first = await run('2026-11-26', evaluations);
      const second = await run('2026-11-26', evaluations);

      // Assess
      expect([first.length, second.length]).toEqual([1, 0]);
      expect(errors).toEqual(['notification state unreadable: rebuilding it']);
    },
  );

  it('does not overwrite a state another run saved meanwhile', async () => {
    // Prepare: another run writes the state while this one publishes.
    const racing: Notifier = {
      publish: async (messages) => {
        await deps.reports.put(NOTIFICATION_STATE_KEY, '{"other":"run"}');
        return notifier.publish(messages);
      },
    };
    await run('2026-11-25', [group('Acme', 'ok')]);

    // Act
    const act = notify(
      { ...deps, notifier: racing },
      {
        asOf: '2026-11-26',
        evaluations: [group('Acme', 'critical', '2026-11-20')],
      },
    );

    // Assess
    await expect(act).rejects.toBeInstanceOf(StoreConflictError);
    const kept = await deps.reports.get(NOTIFICATION_STATE_KEY);
    expect(new TextDecoder().decode(kept)).toBe('{"other":"run"}');
  });

  it('forgets uncertain sends after 60 days, as sent ids', async () => {
    // Prepare: a state with one send from 61 days ago and one from 2
    const state = {
      version: 1,
      since: '2026-01-01',
      groups: {},
      digests: {},
      sent: {},
      uncertain: {
        'old#1': '2026-09-26T06:00:00.000Z',
        'new#2': '2026-11-24T06:00:00.000Z',
      },
    };
    await deps.reports.put(NOTIFICATION_STATE_KEY, JSON.stringify(state));

    // Act
    await run('2026-11-26', [group('Acme', 'ok')]);

    // Assess
    const saved = await deps.reports.get(NOTIFICATION_STATE_KEY);
    const { uncertain } = JSON.parse(new TextDecoder().decode(saved));
    expect(uncertain).toEqual({ 'new#2': '2026-11-24T06:00:00.000Z' });
  });
});
