import { describe, expect, it } from 'vitest';
import type { AccuracyRow } from '#lib/report/accuracy-row';
import { tallyAccuracy } from '#lib/report/accuracy-tally';
import { renderAccuracy } from '#lib/report/render-accuracy';
import { ACCURACY_ROW } from '../../fixtures/report/accuracy-row.ts';
import { fixtureInput } from '../../fixtures/report/report-input.ts';

const row = ACCURACY_ROW;

describe('renderAccuracy', () => {
  // Runs' forecasts of Acme at 30 days, 30% of them above the bound.
  const compared = (runs: number) =>
    Array.from({ length: runs }, (_, i): AccuracyRow => {
      const above = i < runs * 0.3;
      return {
        ...row,
        forecastAsOf: `2026-08-${String(i + 1).padStart(2, '0')}`,
        actualBps: above ? 125 : 110,
        errorPct: above ? -12 : 0,
        inInterval: !above,
        aboveUpper: above,
      };
    });

  it('says the upper bound ran low when 9 of 30 actuals rose above an 80% interval', async () => {
    // Prepare: 21 inside, 9 above (a calibrated bound: P = 0.2%).
    const input = fixtureInput({ accuracy: tallyAccuracy(compared(30), 80) });

    // Act
    const html = await renderAccuracy(input);

    // Assess: the verdict, the overall line and the table's column.
    expect(html).toContain(
      'The upper bound ran low (30% of actuals rose above it against 10%): order-by dates may come late.</strong>',
    );
    expect(html).toContain(
      'inside interval 70.0%, above upper bound 30.0% against a calibrated 10% (30 comparisons).',
    );
    expect(html).toContain(
      'about 80% of actuals fall inside it and 10% above its upper bound',
    );
    expect(html).toContain(
      'data-v="0.3" data-label="Actual above upper bound">30.0%</td>',
    );
  });

  it('says the comparisons are too few when 3 of 10 rose above an 80% interval', async () => {
    // Prepare: a calibrated bound has 3 or more of 10 above 7% of the time.
    const input = fixtureInput({ accuracy: tallyAccuracy(compared(10), 80) });

    // Act
    const html = await renderAccuracy(input);

    // Assess
    expect(html).not.toContain('The upper bound ran low');
    expect(html).toContain(
      'Too few comparisons (10) to judge the upper bound: 30% of actuals rose above it against 10%, which a calibrated bound may show by chance.</strong>',
    );
  });
});
