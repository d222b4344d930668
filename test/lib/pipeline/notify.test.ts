import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import type { Evaluation } from '#lib/domain/evaluation';
import type { Message, PublishOutcome } from '#lib/domain/message';
import { StoreConflictError } from '#lib/errors';
import { NOTIFICATION_STATE_KEY } from '#lib/pipeline/notification-state';
import { type NotifyDeps, notify } from '#lib/pipeline/notify';
import type { Logger } from '#lib/ports/logger';
import type { Notifier } from '#lib/ports/notifier';
import {
  EMAIL_CONFIG,
  FRA2_IX,
} from '../../fixtures/rules/email-evaluations.ts';

/** A notifier that records what it accepted and refuses some ISPs. */
class RecordingNotifier implements Notifier {
  readonly accepted: Message[] = [];
  refuse = new Set<string>();
  async publish(messages: readonly Message[]): Promise<PublishOutcome[]> {
    return messages.map((m) => {
      if (this.refuse.has(m.attributes.isp) || this.refuse.has(m.id)) {
        return { id: m.id, ok: false, error: 'throttled' };
      }
      this.accepted.push(m);
      return { id: m.id, ok: true, messageId: `sns-${this.accepted.length}` };
    });
  }
}

const silent: Logger = { info: () => {}, warn: () => {}, error: () => {} };

const group = (
  isp: string,
  severity: Evaluation['severity'],
  orderByDate?: string,
): Evaluation => ({
  ...FRA2_IX,
  isp,
  key: `${isp}/FRA2/ix`,
  severity,
  orderByDate,
});

let folder: string;
let notifier: RecordingNotifier;
let deps: NotifyDeps;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'notify-'));
  notifier = new RecordingNotifier();
  deps = {
    notifier,
    reports: new FsObjectStore(folder),
    clock: { now: () => new Date('2026-11-26T06:00:00Z') },
    log: silent,
    config: EMAIL_CONFIG,
  };
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Runs notify and returns the ids of the messages accepted by this run. */
async function run(asOf: string, evaluations: readonly Evaluation[]) {
  const before = notifier.accepted.length;
  await notify(deps, { asOf, evaluations });
  return notifier.accepted.slice(before).map((m) => `${m.id} | ${m.subject}`);
}

describe('notify', () => {
  it('sends exactly the messages each state transition calls for', async () => {
    // Prepare: 2026-11-03 is a Tuesday; digests go out on Mondays.
    const runs: [string, Evaluation][] = [
      ['2026-11-03', group('Acme', 'warning', '2026-11-30')],
      ['2026-11-04', group('Acme', 'warning', '2026-11-30')],
      ['2026-11-05', group('Acme', 'critical', '2026-11-05')],
      ['2026-11-06', group('Acme', 'critical', '2026-10-26')],
      ['2026-11-07', group('Acme', 'critical', '2026-10-21')],
      ['2026-11-13', group('Acme', 'critical', '2026-10-21')],
      ['2026-11-14', group('Acme', 'watch', '2027-03-01')],
      ['2026-11-14', group('Acme', 'watch', '2027-03-01')],
    ];

    // Act
    const sent: string[][] = [];
    for (const [asOf, evaluation] of runs)
      sent.push(await run(asOf, [evaluation]));

    // Assess
    expect(sent).toEqual([
      [
        '2026-11-03/alert/acme/1 | [Headroom] Acme: 1 warning — order by 2026-11-30',
      ],
      [],
      [
        '2026-11-05/alert/acme/1 | [Headroom] Acme: 1 critical — order by 2026-11-05',
      ],
      [
        '2026-11-06/alert/acme/1 | [Headroom] OVERDUE Acme: 1 critical — was due 2026-10-26 (11 d ago)',
      ],
      [],
      [
        '2026-11-13/alert/acme/1 | [Headroom] OVERDUE Acme: 1 critical — was due 2026-10-21 (23 d ago)',
        '2026-11-13/digest/emea-peering/1 | [Headroom] weekly digest emea-peering: 1 critical',
      ],
      [
        '2026-11-14/resolved/acme/1 | [Headroom] Acme: resolved — 1 bundle no longer needs an order',
      ],
      [],
    ]);
    const bodies = notifier.accepted.map((m) => m.body);
    expect(bodies[0]).toContain('WARNING (new)');
    expect(bodies[1]).toContain('CRITICAL (escalated from warning)');
    expect(bodies[2]).toContain(
      '(order-by 10 days earlier than notified, was 2026-11-05)',
    );
    expect(bodies[3]).toContain('(reminder: last sent 7 days ago, still open)');
  });

  it('sends an earlier order-by after an upward step on the next run', async () => {
    // Prepare: the second run is one day later, order-by 3 days earlier
    // (below earlierByDays), once without and once with a followed step.
    const stepped = {
      ...group('Acme', 'warning', '2026-11-27'),
      step: {
        date: '2026-11-10',
        days: 7,
        changePct: 70.4,
        direction: 'up' as const,
        followed: true,
      },
    };

    // Act
    await run('2026-11-03', [group('Acme', 'warning', '2026-11-30')]);
    const quiet = await run('2026-11-04', [
      group('Acme', 'warning', '2026-11-27'),
    ]);
    const sent = await run('2026-11-05', [stepped]);
    const next = await run('2026-11-06', [
      {
        ...stepped,
        orderByDate: '2026-11-26',
        step: { ...stepped.step, days: 8 },
      },
    ]);

    // Assess: once, not again the next day while the step is followed
    expect(quiet).toEqual([]);
    expect(sent).toHaveLength(1);
    expect(next).toEqual([]);
    expect(notifier.accepted.at(-1)!.body).toContain(
      'traffic stepped +70 % on 2026-11-10: order-by 3 days earlier than notified, was 2026-11-30',
    );
  });

  it('retries a refused ISP next run and sends no duplicate for the others', async () => {
    // Prepare
    const evaluations = [
      group('Acme', 'warning', '2026-12-01'),
      group('Beta', 'critical', '2026-11-20'),
    ];
    notifier.refuse.add('Beta');

    // Act
    const first = await notify(deps, { asOf: '2026-11-26', evaluations });
    notifier.refuse.clear();
    const next = await run('2026-11-27', evaluations);

    // Assess
    expect([first.sent, first.failed, first.failures]).toEqual([
      1,
      1,
      [{ id: '2026-11-26/alert/beta/1', error: 'throttled' }],
    ]);
    expect(next).toEqual([
      '2026-11-27/alert/beta/1 | [Headroom] OVERDUE Beta: 1 critical — was due 2026-11-20 (7 d ago)',
    ]);
  });

  it('replays the same as-of date without sending an accepted message twice', async () => {
    // Prepare
    const evaluations = [
      group('Acme', 'warning', '2026-12-01'),
      group('Beta', 'critical', '2026-11-20'),
    ];
    notifier.refuse.add('Beta');
    await notify(deps, { asOf: '2026-11-26', evaluations });
    notifier.refuse.clear();

    // Act
    const replay = await run('2026-11-26', evaluations);
    const again = await run('2026-11-26', evaluations);

    // Assess
    expect([replay, again]).toEqual([
      [
        '2026-11-26/alert/beta/1 | [Headroom] OVERDUE Beta: 1 critical — was due 2026-11-20 (6 d ago)',
      ],
      [],
    ]);
  });

  it('escalates again after a silent downgrade from critical to warning', async () => {
    // Prepare
    await run('2026-11-26', [group('Acme', 'critical', '2026-11-26')]);

    // Act
    const down = await run('2026-11-27', [
      group('Acme', 'warning', '2026-12-20'),
    ]);
    const up = await run('2026-11-28', [
      group('Acme', 'critical', '2026-11-28'),
    ]);

    // Assess
    expect([down.length, up.length]).toEqual([0, 1]);
    expect(notifier.accepted[1]!.body).toContain('(escalated from warning)');
  });

  it('returns the messages of a dry run without publishing or keeping state', async () => {
    // Prepare
    const evaluations = [group('Acme', 'critical', '2026-11-20')];

    // Act
    const summary = await notify(deps, {
      asOf: '2026-11-26',
      evaluations,
      dryRun: true,
    });

    // Assess
    expect(summary.messages.map((m) => m.id)).toEqual([
      '2026-11-26/alert/acme/1',
    ]);
    expect([summary.dryRun, summary.sent, notifier.accepted]).toEqual([
      true,
      0,
      [],
    ]);
    expect(await deps.reports.get(NOTIFICATION_STATE_KEY)).toBeUndefined();
  });

  it('alerts every group at risk in a what-if run, whatever the state says', async () => {
    // Prepare
    const evaluations = [
      group('Acme', 'critical', '2026-11-20'),
      group('Beta', 'watch'),
    ];
    await run('2026-11-26', evaluations);

    // Act
    const summary = await notify(deps, {
      asOf: '2026-11-26',
      evaluations,
      scenario: 'What if LHR1 fails: site LHR1 down from 2026-12-01.',
    });

    // Assess
    expect(summary.messages.map((m) => [m.id, m.subject])).toEqual([
      [
        '2026-11-26/what-if/acme/1',
        '[Headroom what-if] OVERDUE Acme: 1 critical — was due 2026-11-20 (6 d ago)',
      ],
    ]);
    expect(notifier.accepted).toHaveLength(1);
  });

  it('starts afresh from an unreadable state and says so', async () => {
    // Prepare
    await deps.reports.put(NOTIFICATION_STATE_KEY, '{"version": 7}');
    const errors: string[] = [];
    deps = {
      ...deps,
      log: { ...silent, error: (message) => errors.push(message) },
    };

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
      const errors: string[] = [];
      deps = { ...deps, log: { ...silent, error: (m) => errors.push(m) } };
      const evaluations = [group('Acme', 'warning', '2026-12-01')];

      // Act
      const first = await run('2026-11-26', evaluations);
      const second = await run('2026-11-26', evaluations);

      // Assess
      expect([first.length, second.length]).toEqual([1, 0]);
      expect(errors).toEqual(['notification state unreadable: rebuilding it']);
    },
  );

  it('saves the state after each accepted message, so a kill re-sends none', async () => {
    // Prepare: the notifier dies (the run is killed) on the second message.
    const evaluations = ['Acme', 'Beta', 'Gamma'].map((isp) =>
      group(isp, 'critical', '2026-11-20'),
    );
    const dying: Notifier = {
      publish: async (messages) => {
        if (notifier.accepted.length === 1) throw new Error('killed');
        return notifier.publish(messages);
      },
    };

    // Act
    const killed = notify(
      { ...deps, notifier: dying },
      {
        asOf: '2026-11-26',
        evaluations,
      },
    );
    await expect(killed).rejects.toThrow('killed');
    const next = await run('2026-11-26', evaluations);

    // Assess
    const ids = notifier.accepted.map((m) => m.id);
    expect(ids).toEqual([
      '2026-11-26/alert/acme/1',
      '2026-11-26/alert/beta/1',
      '2026-11-26/alert/gamma/1',
    ]);
    expect(next).toHaveLength(2);
  });

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

  it('sends only the refused part of a split message on a replay', async () => {
    // Prepare: 500 bundles make a body over 256 KB, so two parts.
    const evaluations = Array.from({ length: 500 }, (_, i) => ({
      ...group('Acme', 'warning', '2026-12-01'),
      key: `Acme/S${i}/ix`,
      site: `S${i}`,
    }));
    notifier.refuse.add('2026-11-26/alert/acme/2');

    // Act
    const first = await run('2026-11-26', evaluations);
    notifier.refuse.clear();
    const replay = await run('2026-11-26', evaluations);
    const nextDay = await run('2026-11-27', evaluations);

    // Assess
    expect([first, replay, nextDay]).toEqual([
      [
        '2026-11-26/alert/acme/1 | [Headroom] Acme: 500 warning — order by 2026-12-01 (part 1/2)',
      ],
      [
        '2026-11-26/alert/acme/2 | [Headroom] Acme: 500 warning — order by 2026-12-01 (part 2/2)',
      ],
      [],
    ]);
  });

  it('sends a same-day escalation but not a same-day replay', async () => {
    // Prepare
    const asOf = '2026-11-03';
    const first = await run(asOf, [group('Acme', 'warning', '2026-11-30')]);

    // Act
    const replay = await run(asOf, [group('Acme', 'warning', '2026-11-30')]);
    const escalated = await run(asOf, [
      group('Acme', 'critical', '2026-11-03'),
    ]);

    // Assess
    expect(first).toHaveLength(1);
    expect(replay).toEqual([]);
    expect(escalated).toEqual([
      '2026-11-03/alert/acme/1 | [Headroom] Acme: 1 critical — order by 2026-11-03',
    ]);
  });
});
