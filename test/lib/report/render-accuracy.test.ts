import { describe, expect, it } from 'vitest';
import { addDays } from '#lib/domain/dates';
import type { AccuracyRow } from '#lib/report/accuracy-row';
import { summarizeAccuracy } from '#lib/report/accuracy-summary';
import { tallyAccuracy } from '#lib/report/accuracy-tally';
import { renderAccuracy } from '#lib/report/render-accuracy';
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
    const out = summarizeAccuracy(rows, 80);
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
    const input = fixtureInput({ accuracy: tallyAccuracy(rows, 80) });
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
    const input = fixtureInput({ accuracy: tallyAccuracy(rows, 80) });
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

  it('counts one comparison in the singular', async () => {
    // Prepare: one ISP, one past run compared at 30 days, at 80% and at
    // another level
    const at80 = fixtureInput({ accuracy: tallyAccuracy([row], 80) });
    const at95 = fixtureInput({
      decisionLevel: 95,
      accuracy: tallyAccuracy([row], 95),
    });

    // Act
    const [html80, html95] = await Promise.all(
      [at80, at95].map((input) => renderAccuracy(input)),
    );

    // Assess
    expect(html80).toContain('against a calibrated 10% (1 comparison).');
    expect(html95).toContain('(1 comparison, none made with 95% bounds).');
    for (const html of [html80, html95]) {
      expect(html).not.toMatch(/\b1 comparisons\b/);
    }
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
