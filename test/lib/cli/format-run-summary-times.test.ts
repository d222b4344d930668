import { describe, expect, it } from 'vitest';
import { formatRunSummary } from '#lib/cli/format-run-summary';
import { EVALUATIONS } from '../../fixtures/report/report-input.ts';
import { summary } from './run-summary-fixture.ts';

describe("formatRunSummary's times", () => {
  it('names what each time on its line under the date is: the rollup, then the forecast and report', () => {
    // Prepare: a rollup of 33.49 s, then 10.1 s from the plan to publish's end
    const run = summary(EVALUATIONS);
    const timed = {
      ...run,
      rollup: { ...run.rollup, seconds: 33.49 },
      seconds: 10.1,
    };

    // Act
    const [, first, second] = formatRunSummary(timed, 'index.html').split('\n');

    // Assess: no bare '10.1 s' to read as the run's whole time beside
    // npm start's 'Done in …'; on a line of its own, where the first
    // line with it was 91 columns
    expect([first, second]).toEqual([
      'Headroom as of 2026-11-26 (run 2026-11-26T060000)',
      'Times: rollup 33.5 s, forecast and report 10.1 s',
    ]);
  });
});
