import { describe, expect, it } from 'vitest';
import { summarizeAccuracy } from '#lib/report/accuracy-summary';
import { tallyAccuracy } from '#lib/report/accuracy-tally';
import { renderAccuracy } from '#lib/report/render-accuracy';
import type { AccuracyRow } from '#lib/report/report-input';
import { ACCURACY_ROW } from '../../fixtures/report/accuracy-row.ts';
import { fixtureInput } from '../../fixtures/report/report-input.ts';

const row = ACCURACY_ROW;
const rows: AccuracyRow[] = [
  row,
  {
    ...row,
    forecastAsOf: '2026-08-08',
    actualBps: 157,
    errorPct: -30,
    inInterval: false,
    aboveUpper: true,
  },
  { ...row, horizonDays: 60, errorPct: 5 },
  { ...row, level: 'group', key: 'Gone/LHR1/pni', isp: 'Gone', errorPct: 2 },
];

describe('summarizeAccuracy', () => {
  it('aggregates MAPE, signed error, coverage and the share above per series and horizon, ISPs first', () => {
    // Prepare / Act
    const out = summarizeAccuracy(rows);
    // Assess
    expect(
      out.map((s) => [
        s.key,
        s.horizonDays,
        s.count,
        s.mape,
        s.biasPct,
        s.coverage,
        s.aboveShare,
      ]),
    ).toEqual([
      ['Acme Telecom', 30, 2, 20, -10, 0.5, 0.5],
      ['Acme Telecom', 60, 1, 5, 5, 1, 0],
      ['Gone/LHR1/pni', 30, 1, 2, 2, 1, 0],
    ]);
  });
});

describe('renderAccuracy', () => {
  it('shows the errors with units and links only to ISPs with a page', async () => {
    // Prepare
    const input = fixtureInput({ accuracy: tallyAccuracy(rows) });
    // Act
    const html = await renderAccuracy(input);
    // Assess
    expect(html).toContain(
      '30 days ahead: MAPE 20.0%, signed −10.0%, inside interval 50.0%, above upper bound 50.0% against a calibrated 10% (2 comparisons).',
    );
    expect(html).toContain('<a href="isp/acme-telecom.html">Acme Telecom</a>');
    expect(html).toMatch(/<th scope="row"[^>]*>Gone\/LHR1\/pni<\/th>/);
    expect(html).not.toContain('isp/gone.html');
  });

  it('charts forecast against actual: a dot and a whisker per ISP comparison, the diagonal, a key per horizon', async () => {
    // Prepare
    const input = fixtureInput({ accuracy: tallyAccuracy(rows) });
    // Act
    const html = await renderAccuracy(input);
    const figure =
      /<figure class="accuracy-chart">[\s\S]*?<\/figure>/.exec(html)?.[0] ?? '';
    // Assess: three ISP rows (the group row is not drawn).
    expect(figure).toContain(
      'aria-label="Past forecasts against actual daily peaks, per ISP"',
    );
    expect(
      figure.match(/<path[^>]*role="graphics-symbol"/g) ?? [],
    ).toHaveLength(0);
    expect(
      /forecasts_marks[\s\S]*?<\/g>/.exec(figure)?.[0].match(/<path/g),
    ).toHaveLength(3);
    expect(
      /intervals_marks[\s\S]*?<\/g>/.exec(figure)?.[0].match(/<line/g),
    ).toHaveLength(3);
    expect(figure).toContain('diagonal_marks');
    expect(figure).toContain('30 days ahead');
    expect(figure).toContain('60 days ahead');
    expect(figure).toContain('ran low');
  });

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
    const input = fixtureInput({ accuracy: tallyAccuracy(compared(30)) });

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
    const input = fixtureInput({ accuracy: tallyAccuracy(compared(10)) });

    // Act
    const html = await renderAccuracy(input);

    // Assess
    expect(html).not.toContain('The upper bound ran low');
    expect(html).toContain(
      'Too few comparisons (10) to judge the upper bound: 30% of actuals rose above it against 10%, which a calibrated bound may show by chance.</strong>',
    );
  });

  it('says so when no earlier forecast can be checked yet', async () => {
    // Prepare
    const input = fixtureInput();
    // Act
    const html = await renderAccuracy(input);
    // Assess
    expect(html).toContain('No earlier forecasts can be checked yet');
    expect(html).not.toContain('<table');
    expect(html).not.toContain('<figure class="accuracy-chart"');
  });
});
