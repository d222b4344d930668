import { describe, expect, it } from 'vitest';
import { loadPreviousRun } from '#lib/pipeline/load-previous-run';
import { DEFAULT_CHANGE_RULE } from '#lib/rules/change-types';
import { computeChanges } from '#lib/rules/compute-changes';
import {
  changes,
  log,
  putRun,
  store,
  TRACKED,
  usePreviousRunStore,
  warnings,
} from '../../helpers/previous-run-store.ts';

usePreviousRunStore();

describe('loadPreviousRun', () => {
  it('compares with the run before when the newest changes.json cannot be read, and says so', async () => {
    // Prepare: the newest run's changes.json cut short
    await putRun('2026-11-26', changes('warning'));
    await putRun('2026-12-02', changes('critical').slice(0, 40));

    // Act
    const previous = await loadPreviousRun(store, '2026-12-03', log);

    // Assess
    expect(previous?.asOf).toBe('2026-11-26');
    expect(previous?.state.map((g) => g.severity)).toEqual(['warning']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^previous run unreadable: reports\/2026-12-02\/changes\.json is not JSON \(Unterminated string .+\); changes are since 2026-11-26 \(reports\/2026-11-26\/changes\.json\) instead$/,
    );
  });

  it('passes over a run whose changes.json cannot be read for the run before, not for its own forecasts.json, which lacks the hysteresis memory', async () => {
    // Prepare: every run writes the deprecated forecasts.json beside its
    // changes.json; the newest run's changes.json is cut short, and an
    // earlier run's memory says its group was at risk once
    const atRisk = { ...TRACKED, everAtRisk: true };
    await putRun('2026-11-26', JSON.stringify({ state: [atRisk] }));
    await putRun('2026-12-02', changes('critical').slice(0, 40));
    const row = {
      level: 'group',
      key: TRACKED.key,
      isp: 'Acme',
      severity: 'watch',
      recommended_ports: 0,
      recommended_add_bps: 0,
      port_bps: 100e9,
      order_by_date: null,
      growth_pct_per_year: null,
    };
    await store.put('reports/2026-12-02/forecasts.json', JSON.stringify([row]));

    // Act
    const previous = await loadPreviousRun(store, '2026-12-03', log);

    // Assess
    expect(previous?.asOf).toBe('2026-11-26');
    expect(previous?.state.map((g) => g.everAtRisk)).toEqual([true]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^previous run unreadable: reports\/2026-12-02\/changes\.json is not JSON \(.+\); changes are since 2026-11-26 \(reports\/2026-11-26\/changes\.json\) instead$/,
    );
  });

  it('passes over a changes.json of the wrong shape instead of failing the comparison', async () => {
    // Prepare: JSON, but its state is not a list of tracked groups
    await putRun('2026-11-26', changes('warning'));
    await putRun('2026-12-02', JSON.stringify({ state: [{ key: 'x' }] }));

    // Act
    const previous = await loadPreviousRun(store, '2026-12-03', log);
    const report = computeChanges(previous, [], '2026-12-03', {
      ...DEFAULT_CHANGE_RULE,
      warningWindowDays: 30,
    });

    // Assess
    expect(report.previousAsOf).toBe('2026-11-26');
    expect(warnings).toEqual([
      'previous run unreadable: reports/2026-12-02/changes.json is not a ' +
        "run's changes (state.0.isp: is missing); changes are since 2026-11-26 " +
        '(reports/2026-11-26/changes.json) instead',
    ]);
  });

  it('passes over a changes.json whose streak below a level starts on no date', async () => {
    // Prepare: a hand-edited streak: its week would never be counted, and
    // the bundle held at critical for good
    await putRun('2026-11-26', changes('warning'));
    const streak = {
      severity: 'critical',
      belowSince: { critical: '2026-11-2' },
    };
    await putRun(
      '2026-12-02',
      JSON.stringify({ state: [{ ...TRACKED, ...streak }] }),
    );

    // Act
    const previous = await loadPreviousRun(store, '2026-12-03', log);

    // Assess
    expect(previous?.asOf).toBe('2026-11-26');
    expect(warnings).toEqual([
      'previous run unreadable: reports/2026-12-02/changes.json is not a ' +
        "run's changes (state.0.belowSince.critical: must be a date YYYY-MM-DD:" +
        ' write 2026-11-02); changes are since 2026-11-26 (reports/2026-11-26/changes.json) instead',
    ]);
  });

  it('starts afresh, saying so, when no earlier run can be read', async () => {
    // Prepare
    await putRun('2026-12-02', '');

    // Act
    const previous = await loadPreviousRun(store, '2026-12-03', log);

    // Assess
    expect(previous).toBeUndefined();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^previous run unreadable: reports\/2026-12-02\/changes\.json is not JSON \(.+\); no earlier run can be read, so changes start afresh$/,
    );
  });
});
