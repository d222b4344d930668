import { describe, expect, it } from 'vitest';
import { renderChangesSection } from '#lib/report/changes-section';
import { DEFAULT_CHANGE_RULE } from '#lib/rules/change-types';
import { computeChanges } from '#lib/rules/compute-changes';
import { fixtureInput } from '../../fixtures/report/report-input.ts';
import { LHR1_PNI } from '../../fixtures/rules/email-evaluations.ts';

describe('renderChangesSection', () => {
  it("states the noise rule with the run's own margins, for readers without the README", () => {
    // Prepare: a previous run that did not know the bundle: it is new
    const rule = {
      ...DEFAULT_CHANGE_RULE,
      marginDays: 21,
      warningWindowDays: 30,
    };
    const changes = computeChanges(
      { asOf: '2026-11-19', state: [] },
      [LHR1_PNI],
      '2026-11-26',
      rule,
    );

    // Act
    const html = renderChangesSection({ ...fixtureInput(), changes });

    // Assess
    expect(html).toContain(
      '<caption>Changes hold through noise: a higher severity or a larger ask counts at once; ' +
        'a lower severity once two runs in a row saw it, or once the order-by date is 21 days clear of the level&#39;s boundary; ' +
        'a smaller ask once two runs in a row saw it; an order-by date moves at 7 days or more ' +
        '(not later while the bundle is critical today, its order-by date today less the lead time), ' +
        'growth at 5 points a year or more.</caption>',
    );
    expect(html).not.toContain('README');
  });

  it('counts one changed bundle in the singular', () => {
    // Prepare: one bundle new since the previous run
    const changes = computeChanges(
      { asOf: '2026-11-19', state: [] },
      [LHR1_PNI],
      '2026-11-26',
      { ...DEFAULT_CHANGE_RULE, warningWindowDays: 30 },
    );

    // Act
    const html = renderChangesSection({ ...fixtureInput(), changes });

    // Assess
    expect(html).toContain(
      '<h2 id="changes">Changes since 2026-11-19 (1 bundle)</h2>',
    );
  });
});
