import { describe, expect, it } from 'vitest';
import { NOTIFICATION_STATE_KEY } from '#lib/pipeline/notification-state';
import { notify } from '#lib/pipeline/notify';
import {
  deps,
  group,
  notifier,
  run,
  useNotifyFixture,
} from './notify-fixture.ts';

useNotifyFixture();

describe('notify: dry and what-if runs', () => {
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
        '[Headroom what-if] OVERDUE Acme: 1 critical — was due 6 d ago',
      ],
    ]);
    expect(notifier.accepted).toHaveLength(1);
  });

  it("links a what-if's messages to the what-if's pages, whose figures they give", async () => {
    // Prepare
    const evaluations = [group('Acme', 'critical', '2026-11-20')];
    const folder = 'scenarios/lhr1-fails/2026-11-26';

    // Act
    const summary = await notify(deps, {
      asOf: '2026-11-26',
      evaluations,
      scenario: 'What if LHR1 fails: site LHR1 down from 2026-12-01.',
      folder,
    });

    // Assess: the bundle's link and the ISP's, both in the what-if
    const body = summary.messages[0]!.body;
    const site = 'https://headroom-reports.example.net';
    expect(body).toMatch(
      new RegExp(`Report:\n +<${site}/${folder}/isp/acme\\.html#g-`),
    );
    expect(body).toContain(
      `Report for Acme:\n<${site}/${folder}/isp/acme.html>`,
    );
    expect(body).not.toContain('/reports/');
  });
});
