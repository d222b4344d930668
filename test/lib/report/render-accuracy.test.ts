import { describe, expect, it } from 'vitest';
import { tallyAccuracy } from '#lib/report/accuracy-tally';
import { renderAccuracy } from '#lib/report/render-accuracy';
import {
  ACCURACY_ROW,
  ACCURACY_ROWS,
} from '../../fixtures/report/accuracy-row.ts';
import { fixtureInput } from '../../fixtures/report/report-input.ts';

const row = ACCURACY_ROW;
const rows = ACCURACY_ROWS;

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
