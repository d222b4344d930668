import { describe, expect, it } from 'vitest';
import { formatRunSummary } from '#lib/cli/format-run-summary';
import type { Message } from '#lib/domain/message';
import { EVALUATIONS } from '../../fixtures/report/report-input.ts';
import { consoleParagraph } from '../../helpers/console-paragraph.ts';
import { summary } from './run-summary-fixture.ts';

describe('formatRunSummary', () => {
  it('says a what-if sent nothing and names the file of the messages it would send, where a real run counts those sent', () => {
    // Prepare: a what-if that drafted two messages
    const drafted = ['acme', 'globex'].map(
      (isp): Message => ({
        id: `2026-11-26/alert/${isp}/1`,
        subject: `[Headroom what-if] ${isp}`,
        body: '',
        attributes: { isp, region: 'EMEA', severity: 'critical', owner: 'o' },
      }),
    );
    const whatIf = summary(EVALUATIONS);
    const run = {
      ...whatIf,
      notifications: {
        ...whatIf.notifications,
        dryRun: true,
        messages: drafted,
      },
    };
    const index = 'out/scenarios/site-down/2026-11-26/index.html';

    // Act
    const lines = formatRunSummary(run, index, true).split('\n');
    const real = formatRunSummary(summary(EVALUATIONS), 'index.html');

    // Assess
    expect(consoleParagraph(lines, 'Notifications')).toBe(
      'Notifications: none sent (a what-if); it would send 2: ' +
        'out/scenarios/site-down/2026-11-26/what-if-messages.txt',
    );
    expect(real).toContain(
      'Notifications: 0 sent, 0 failed (nothing new since the last messages)',
    );
  });

  it('says no group at risk needed a message where none is at risk', () => {
    // Prepare: every group at ok or watch
    const calm = EVALUATIONS.map((e) => ({ ...e, severity: 'ok' as const }));

    // Act
    const text = formatRunSummary(summary(calm), 'index.html');

    // Assess
    expect(text).toContain('Notifications: 0 sent, 0 failed\n');
  });

  it('says a rerun on the same date sent nothing new because an earlier run sent it', () => {
    // Prepare: the day's six alerts went out with the first run
    const first = summary(EVALUATIONS);
    const rerun = {
      ...first,
      notifications: { ...first.notifications, skipped: 6 },
    };

    // Act
    const text = formatRunSummary(rerun, 'index.html');

    // Assess: before, a bare 'Notifications: 0 sent, 0 failed'
    expect(text).toContain(
      'Notifications: 0 sent, 0 failed, 6 sent already by an earlier run for this date',
    );
  });
});
