import { describe, expect, it } from 'vitest';
import type { Evaluation } from '#lib/domain/evaluation';
import { loadPreviousRun } from '#lib/pipeline/load-previous-run';
import { NOTIFICATION_STATE_KEY } from '#lib/pipeline/notification-state';
import { DEFAULT_CHANGE_RULE } from '#lib/rules/change-types';
import { computeChanges } from '#lib/rules/compute-changes';
import { silentLog } from '../../helpers/recording-log.ts';
import {
  deps,
  group,
  notifier,
  run,
  useNotifyFixture,
} from './notify-fixture.ts';

useNotifyFixture();

const RULE = { ...DEFAULT_CHANGE_RULE, warningWindowDays: 30 };

/** The report stage's changes.json and manifest for `asOf`. */
async function publishChanges(asOf: string, evaluations: Evaluation[]) {
  const previous = await loadPreviousRun(deps.reports, asOf, silentLog);
  const report = computeChanges(previous, evaluations, asOf, RULE);
  await deps.reports.put(
    `reports/${asOf}/changes.json`,
    JSON.stringify(report),
  );
  await deps.reports.put(`reports/${asOf}/manifest.json`, '{}');
}

/** One daily run of Acme's bundle: report, then notify; its alerts sent. */
async function daily(
  asOf: string,
  severity: Evaluation['severity'],
  orderBy?: string,
) {
  const evaluations = [group('Acme', severity, orderBy)];
  await publishChanges(asOf, evaluations);
  const sent = await run(asOf, evaluations);
  return sent.filter((m) => !m.includes('/digest/'));
}

/** Runs the days in turn; the messages of each, by date, where any. */
async function days(runs: [string, Evaluation['severity'], string?][]) {
  const sent: Record<string, string[]> = {};
  for (const [asOf, severity, orderBy] of runs) {
    const mine = await daily(asOf, severity, orderBy);
    if (mine.length > 0) sent[asOf] = mine;
  }
  return sent;
}

const bodyOf = (id: string) =>
  notifier.accepted.find((m) => m.id === id)?.body ?? '';

describe('notify: emails follow the severity the changes list holds', () => {
  it('sends one alert for a bundle flickering between critical and warning', async () => {
    // Prepare: the month's Baltyk WAW1 bundle, order-by around today,
    // its raw severity changing each day.
    const runs: [string, Evaluation['severity'], string][] = [
      ['2026-11-17', 'critical', '2026-11-16'],
      ['2026-11-18', 'warning', '2026-11-20'],
      ['2026-11-19', 'critical', '2026-11-19'],
      ['2026-11-20', 'warning', '2026-11-22'],
      ['2026-11-21', 'critical', '2026-11-21'],
    ];

    // Act
    const sent = await days(runs);

    // Assess: before, 11-19 and 11-21 each sent 'escalated from warning'
    expect(sent).toEqual({
      '2026-11-17': [
        '2026-11-17/alert/acme/1 | [Headroom] OVERDUE Acme: 1 critical — was due 2026-11-16 (1 d ago)',
      ],
    });
  });

  it('neither resolves nor re-alerts a warning bundle at watch for one run', async () => {
    // Prepare / Act: order-by 35 days ahead is watch, within 14 days of
    // the warning window.
    const sent = await days([
      ['2026-11-17', 'warning', '2026-12-10'],
      ['2026-11-18', 'watch', '2026-12-23'],
      ['2026-11-19', 'warning', '2026-12-12'],
    ]);

    // Assess: before, 'resolved' on 11-18 and 'new' again on 11-19
    expect(sent).toEqual({
      '2026-11-17': [
        '2026-11-17/alert/acme/1 | [Headroom] Acme: 1 warning — order by 2026-12-10',
      ],
    });
  });

  it('resolves once when two runs in a row saw the bundle below warning', async () => {
    // Prepare / Act
    const sent = await days([
      ['2026-11-17', 'warning', '2026-12-10'],
      ['2026-11-18', 'watch', '2026-12-23'],
      ['2026-11-19', 'watch', '2026-12-24'],
      ['2026-11-20', 'watch', '2026-12-25'],
    ]);

    // Assess: before, resolved on the first run at watch
    expect(Object.keys(sent)).toEqual(['2026-11-17', '2026-11-19']);
    expect(sent['2026-11-19']).toEqual([
      '2026-11-19/resolved/acme/1 | [Headroom] Acme: resolved — 1 bundle no longer needs an order',
    ]);
  });

  it('resolves once a critical bundle is ok, clear of every threshold', async () => {
    // Prepare / Act
    const sent = await days([
      ['2026-11-17', 'critical', '2026-11-16'],
      ['2026-11-18', 'ok'],
      ['2026-11-19', 'ok'],
    ]);

    // Assess
    expect(sent).toEqual({
      '2026-11-17': [
        '2026-11-17/alert/acme/1 | [Headroom] OVERDUE Acme: 1 critical — was due 2026-11-16 (1 d ago)',
      ],
      '2026-11-18': [
        '2026-11-18/resolved/acme/1 | [Headroom] Acme: resolved — 1 bundle no longer needs an order',
      ],
    });
  });

  it('escalates a real rise from warning to critical at once', async () => {
    // Prepare / Act
    const sent = await days([
      ['2026-11-17', 'warning', '2026-12-01'],
      ['2026-11-18', 'critical', '2026-11-18'],
    ]);

    // Assess
    expect(sent['2026-11-18']).toEqual([
      '2026-11-18/alert/acme/1 | [Headroom] Acme: 1 critical — order by 2026-11-18',
    ]);
    expect(bodyOf('2026-11-18/alert/acme/1')).toContain(
      'CRITICAL (escalated from warning)',
    );
  });

  it('re-opens a bundle alerted again after its resolved message', async () => {
    // Prepare / Act
    const sent = await days([
      ['2026-11-17', 'critical', '2026-11-16'],
      ['2026-11-18', 'ok'],
      ['2026-11-19', 'critical', '2026-11-19'],
    ]);

    // Assess
    expect(sent['2026-11-19']).toHaveLength(1);
    expect(bodyOf('2026-11-19/alert/acme/1')).toContain(
      'CRITICAL (re-opened, resolved earlier)',
    );
  });

  it('keeps a bundle alerted at critical at critical through one run at warning', async () => {
    // Prepare / Act: seven days after the alert, this run says warning
    const sent = await days([
      ['2026-11-10', 'critical', '2026-11-10'],
      ['2026-11-17', 'critical', '2026-11-17'],
      ['2026-11-18', 'warning', '2026-11-25'],
    ]);

    // Assess: the reminder on 11-17, nothing on 11-18; the state holds
    // critical, so a rise back is no escalation
    expect(Object.keys(sent)).toEqual(['2026-11-10', '2026-11-17']);
    const saved = await deps.reports.get(NOTIFICATION_STATE_KEY);
    const state = JSON.parse(new TextDecoder().decode(saved));
    expect(state.groups['Acme/FRA2/ix'].severity).toBe('critical');
  });
});

describe('notify: a state file written before emails followed the held severity', () => {
  /** The state as the earlier code left it: its entry lowered to warning. */
  async function writeOldState(severity: 'warning' | 'critical') {
    const saved = await deps.reports.get(NOTIFICATION_STATE_KEY);
    const state = JSON.parse(new TextDecoder().decode(saved));
    state.version = 1;
    state.groups['Acme/FRA2/ix'].severity = severity;
    await deps.reports.put(NOTIFICATION_STATE_KEY, JSON.stringify(state));
  }

  it('takes the held critical without an email when the run is critical again', async () => {
    // Prepare: alerted at critical; the next run at warning, which the
    // earlier code recorded (the changes list held critical).
    await daily('2026-11-17', 'critical', '2026-11-16');
    await publishChanges('2026-11-18', [
      group('Acme', 'warning', '2026-11-20'),
    ]);
    await writeOldState('warning');

    // Act
    const sent = await daily('2026-11-19', 'critical', '2026-11-19');

    // Assess: before, 'escalated from warning'
    expect(sent).toEqual([]);
    const saved = await deps.reports.get(NOTIFICATION_STATE_KEY);
    const state = JSON.parse(new TextDecoder().decode(saved));
    expect([state.version, state.groups['Acme/FRA2/ix'].severity]).toEqual([
      2,
      'critical',
    ]);
  });

  it('still escalates a bundle the changes list held at warning', async () => {
    // Prepare
    await daily('2026-11-17', 'warning', '2026-12-01');
    await writeOldState('warning');

    // Act
    const sent = await daily('2026-11-18', 'critical', '2026-11-18');

    // Assess
    expect(sent).toEqual([
      '2026-11-18/alert/acme/1 | [Headroom] Acme: 1 critical — order by 2026-11-18',
    ]);
  });
});
