import { describe, expect, it } from 'vitest';
import { formatRunSummary } from '#lib/cli/format-run-summary';
import { EVALUATIONS } from '../../fixtures/report/report-input.ts';
import { consoleParagraph } from '../../helpers/console-paragraph.ts';
import { summary } from './run-summary-fixture.ts';

describe('formatRunSummary and days with no traffic', () => {
  /** Days of November 2026, as `YYYY-MM-DD`. */
  const november = (...days: number[]) =>
    days.map((d) => `2026-11-${`${d}`.padStart(2, '0')}`);
  const withMissing = (missingDays: string[]) => {
    const run = summary(EVALUATIONS);
    return {
      ...run,
      quality: { ...run.quality, firstTrafficDay: '2025-10-02', missingDays },
    };
  };

  it('says under the counts, as the emails do, that the figures are as of the day the traffic stopped, and counts the earlier days apart', () => {
    // Prepare: the traffic stopped after 2026-11-18, and two days in the
    // middle of the window had none; the run is of 2026-11-26
    const run = withMissing([
      '2026-03-01',
      '2026-08-07',
      ...november(19, 20, 21, 22, 23, 24, 25),
    ]);

    // Act
    const lines = formatRunSummary(run, 'index.html').split('\n');

    // Assess: the email digest's header line, word for word, under the
    // counts (cut within the 80 columns)
    expect(lines.slice(3, 6)).toEqual([
      'Groups: 1 critical, 1 warning, 1 watch, 1 ok',
      'Data: no traffic in the 7 days before this run, after 2026-11-18: the figures',
      '  are as of then.',
    ]);
    expect(consoleParagraph(lines, 'Data quality')).toBe(
      'Data quality: no bad rows; 2 earlier days with no traffic',
    );
  });

  it('counts days with no traffic in the middle of the window in words, one day in the singular, with no Data line', () => {
    // Prepare
    const one = withMissing(november(3));
    const two = withMissing(november(3, 4));

    // Act
    const oneText = formatRunSummary(one, 'index.html');
    const twoText = formatRunSummary(two, 'index.html');

    // Assess
    const line = (text: string) => consoleParagraph(text, 'Data quality');
    expect(line(oneText)).toBe(
      'Data quality: no bad rows; 1 day with no traffic',
    );
    expect(line(twoText)).toBe(
      'Data quality: no bad rows; 2 days with no traffic',
    );
    expect(oneText).not.toMatch(/^Data: /m);
    expect(twoText).not.toMatch(/^Data: /m);
  });

  it("reads the day the traffic stopped from the run's date on both lines, whatever the data-quality window's end", () => {
    // Prepare: the traffic stopped after 2026-11-18 and two days in the
    // middle had none; the report's window ends on 2026-11-28, not on
    // the run's date, after the outage, on days with traffic
    const stopped = withMissing([
      '2026-03-01',
      '2026-08-07',
      ...november(19, 20, 21, 22, 23, 24, 25),
    ]);
    const run = {
      ...stopped,
      quality: { ...stopped.quality, to: '2026-11-28' },
    };

    // Act
    const lines = formatRunSummary(run, 'index.html').split('\n');

    // Assess: before, the Data line said the 7 days before the run and
    // the Data quality line counted them again, '9 days with no traffic'
    expect(consoleParagraph(lines, 'Data:')).toBe(
      'Data: no traffic in the 7 days before this run, after 2026-11-18: the figures are as of then.',
    );
    expect(consoleParagraph(lines, 'Data quality')).toBe(
      'Data quality: no bad rows; 2 earlier days with no traffic',
    );
  });

  it('says nothing of days with no traffic when every day had some', () => {
    // Act
    const text = formatRunSummary(withMissing([]), 'index.html');

    // Assess
    expect(text).not.toContain('no traffic');
  });
});
