import { describe, expect, it } from 'vitest';
import { renderChangesSection } from '#lib/report/changes-section';
import { DEFAULT_CHANGE_RULE } from '#lib/rules/change-types';
import { computeChanges } from '#lib/rules/compute-changes';
import { fixtureInput } from '../../fixtures/report/report-input.ts';
import { LHR1_PNI } from '../../fixtures/rules/email-evaluations.ts';
import { withoutNowrap } from '../../helpers/without-nowrap.ts';

describe('renderChangesSection', () => {
  it('shows under Now the severity of this run, as the tables beside it do', () => {
    // Prepare: critical on 2026-11-04; on 2026-11-05 its capacity was
    // doubled in links.csv and no threshold is crossed within the horizon.
    // The change held it at watch for a week (resolved, critical → watch),
    // as the noise rule says; the month's overview read Now: watch beside
    // the action table, groups.csv and the resolved email, which all said
    // ok.
    const rule = { ...DEFAULT_CHANGE_RULE, warningWindowDays: 30 };
    const before = computeChanges(undefined, [LHR1_PNI], '2026-11-04', rule);
    const augmented = {
      ...LHR1_PNI,
      capacityBps: 800e9,
      utilization: 0.39,
      severity: 'ok' as const,
      warningDateUpper: undefined,
      criticalDateUpper: undefined,
      fullDateUpper: undefined,
      orderByDate: undefined,
      recommendedAddBps: 0,
      recommendedPorts: 0,
    };
    const changes = computeChanges(
      { asOf: '2026-11-04', state: before.state },
      [augmented],
      '2026-11-05',
      rule,
    );

    // Act
    const html = renderChangesSection({
      ...fixtureInput(),
      evaluations: [augmented],
      changes,
    });

    // Assess: the change is told by the rule, the severity is the run's
    expect(html).toContain('resolved (critical → watch)');
    expect(html).toMatch(/<span class=.sev ok.>ok<\/span>/);
    expect(html).not.toMatch(/<span class=.sev watch.>/);
  });

  it('says beside Now that the fall of a bundle still alerted is held back', () => {
    // Prepare: critical on 2026-11-04; on 2026-11-05, with no augment, the
    // run says ok, its growth re-estimated. The rule holds critical for a
    // week, so the row is listed for its growth, under Now: ok, its alert
    // still open.
    const rule = { ...DEFAULT_CHANGE_RULE, warningWindowDays: 30 };
    const before = computeChanges(undefined, [LHR1_PNI], '2026-11-04', rule);
    const quiet = {
      ...LHR1_PNI,
      severity: 'ok' as const,
      orderByDate: undefined,
      growthPctPerYear: 2,
    };
    const changes = computeChanges(
      { asOf: '2026-11-04', state: before.state },
      [quiet],
      '2026-11-05',
      rule,
    );

    // Act
    const html = withoutNowrap(
      renderChangesSection({
        ...fixtureInput(),
        evaluations: [quiet],
        changes,
      }),
    );

    // Assess: before, the row read only the growth beside Now: ok
    expect(html).toContain(
      'growth re-estimated +34.6%/yr → +2.0%/yr; held at critical (below it since ' +
        '2026-11-05; lowered from 2026-11-12 if it stays below)',
    );
    expect(html).toMatch(/<span class=.sev ok.>ok<\/span>/);
  });
});
