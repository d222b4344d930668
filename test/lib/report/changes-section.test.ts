import { describe, expect, it } from 'vitest';
import { renderChangesSection } from '#lib/report/changes-section';
import { DEFAULT_CHANGE_RULE } from '#lib/rules/change-types';
import { computeChanges } from '#lib/rules/compute-changes';
import { fixtureInput } from '../../fixtures/report/report-input.ts';
import { LHR1_PNI } from '../../fixtures/rules/email-evaluations.ts';
import { htmlText } from '../../helpers/html-text.ts';

describe('renderChangesSection', () => {
  it("states the noise rule with the run's own margins, for readers without the README", () => {
    // Prepare: a previous run that did not know the bundle: it is new
    const rule = {
      ...DEFAULT_CHANGE_RULE,
      confirmDays: 10,
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

    // Assess: as read (its figures kept whole in spans)
    const caption = htmlText(/<caption>.*?<\/caption>/.exec(html)![0]);
    expect(caption).toBe(
      'Changes hold through noise: a higher severity or a larger ask counts at once; ' +
        'a lower severity once every run for 10 days saw it, or, on the run that added capacity or planned an augment, ' +
        "once the order-by date is 21 days clear of the level's boundary; " +
        'a smaller ask once two runs in a row saw it; an order-by date moves at 7 days or more ' +
        '(not while it is today or past before and after: the bundle is as overdue as before), ' +
        'growth at 5 points a year or more.',
    );
    expect(html).not.toContain('README');
  });

  it("says with no earlier day's run that a run of the same day is not compared with, not that this is the first run", () => {
    // Prepare: no earlier day in the store; a second run on 2026-11-26
    // replaced the first's report, so it had nothing to compare with either
    const changes = computeChanges(undefined, [LHR1_PNI], '2026-11-26', {
      ...DEFAULT_CHANGE_RULE,
      warningWindowDays: 30,
    });

    // Act
    const html = renderChangesSection({ ...fixtureInput(), changes });

    // Assess
    expect(html).toContain(
      '<p>No run of an earlier day to compare with: a run replaces the report of its day. ' +
        'The first run of a later day lists what changed since this one.</p>',
    );
    expect(html).not.toContain('First run');
  });

  it('counts the kinds of change in words, not in the codes of changes.json', () => {
    // Prepare: the bundle's order-by date 30 days later, its growth 10
    // points lower and its ask a port smaller in the previous run
    const before = {
      key: LHR1_PNI.key,
      isp: LHR1_PNI.isp,
      severity: LHR1_PNI.severity,
      askPorts: 1,
      askBps: 100e9,
      portBps: 100e9,
      orderByDate: '2026-12-20',
      growthPctPerYear: 24.6,
      rawSeverity: LHR1_PNI.severity,
      rawAskPorts: 1,
      everAtRisk: true,
    };
    const changes = computeChanges(
      { asOf: '2026-11-19', state: [before] },
      [LHR1_PNI],
      '2026-11-26',
      { ...DEFAULT_CHANGE_RULE, warningWindowDays: 30 },
    );

    // Act
    const html = renderChangesSection({ ...fixtureInput(), changes });

    // Assess: before, '1 order-by-moved', '1 growth-re-estimated'
    const counts = /<ul class="counts">(.*?)<\/ul>/.exec(html)![1]!;
    expect(htmlText(counts.replaceAll('</li>', '; '))).toBe(
      '1 order-by date moved; 1 ask changed; 1 growth re-estimated; ',
    );
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
