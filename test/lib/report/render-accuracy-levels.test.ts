import { describe, expect, it } from 'vitest';
import { addDays } from '#lib/domain/dates';
import type { AccuracyRow } from '#lib/report/accuracy-row';
import { tallyAccuracy } from '#lib/report/accuracy-tally';
import { renderAccuracy } from '#lib/report/render-accuracy';
import { ACCURACY_ROW } from '../../fixtures/report/accuracy-row.ts';
import { fixtureInput } from '../../fixtures/report/report-input.ts';

const row = ACCURACY_ROW;

describe('renderAccuracy', () => {
  // Runs of Acme at 30 days with bounds at `boundLevel`, `above` of them
  // above the upper bound, the others inside.
  const runsAt = (
    boundLevel: number,
    runs: number,
    above: number,
    from: string,
  ) =>
    Array.from({ length: runs }, (_, i): AccuracyRow => {
      const up = i < above;
      return {
        ...row,
        forecastAsOf: addDays(from, i),
        boundLevel,
        actualBps: up ? 125 : 110,
        errorPct: up ? -12 : 0,
        inInterval: !up,
        aboveUpper: up,
      };
    });

  it("judges the bounds against the level they were kept at, not today's", async () => {
    // Prepare: 100 runs made at 80% (10 above, as an 80% bound promises),
    // then the level raised to 95%: 40 runs, 1 above (2.5%).
    const rows = [
      ...runsAt(80, 100, 10, '2026-01-01'),
      ...runsAt(95, 40, 1, '2026-05-01'),
    ];
    const input = fixtureInput({
      decisionLevel: 95,
      accuracy: tallyAccuracy(rows, 95),
    });

    // Act
    const html = await renderAccuracy(input);

    // Assess: the 80% bounds are not said to run low against 2.5%.
    expect(html).not.toContain('The upper bound ran low');
    expect(html).toContain(
      'the intervals held 98% of outcomes against 95%: about as promised.</strong>',
    );
    expect(html).toContain(
      'inside interval 97.5%, above upper bound 2.5% against a calibrated 2.5% (140 comparisons; inside and above of the 40 made with 95% bounds).',
    );
    expect(html).toContain(
      'Some forecasts compared here were made when the decision level was not 95%',
    );
    expect(html).toContain('with its 80% or 95% interval as a whisker');
    expect(html).toContain(
      'data-v="0.025" data-label="Actual above upper bound">2.5%</td>',
    );
  });

  it('says the intervals wait for forecasts made at the new level', async () => {
    // Prepare: every compared run was made at 80%; the level is now 95%.
    const input = fixtureInput({
      decisionLevel: 95,
      accuracy: tallyAccuracy(runsAt(80, 30, 3, '2026-01-01'), 95),
    });

    // Act
    const html = await renderAccuracy(input);

    // Assess
    expect(html).toContain(
      'none of these forecasts was made with 95% bounds: the intervals are judged once some are.</strong>',
    );
    expect(html).toContain('(30 comparisons, none made with 95% bounds).');
    expect(html).toContain('data-label="Actual above upper bound">—</td>');
    expect(html).not.toMatch(/\bNaN\b/);
  });
});
