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
  { ...row, forecastAsOf: '2026-08-08', errorPct: -30, inInterval: false },
  { ...row, horizonDays: 60, errorPct: 5 },
  { ...row, level: 'group', key: 'Gone/LHR1/pni', isp: 'Gone', errorPct: 2 },
];

describe('summarizeAccuracy', () => {
  it('aggregates MAPE, signed error and coverage per series and horizon, ISPs first', () => {
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
      ]),
    ).toEqual([
      ['Acme Telecom', 30, 2, 20, -10, 0.5],
      ['Acme Telecom', 60, 1, 5, 5, 1],
      ['Gone/LHR1/pni', 30, 1, 2, 2, 1],
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
      '30 days ahead: MAPE 20.0%, signed −10.0%, inside interval 50.0% (2 comparisons).',
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
