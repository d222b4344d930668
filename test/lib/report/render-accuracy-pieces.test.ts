import { describe, expect, it } from 'vitest';
import { tallyAccuracy } from '#lib/report/accuracy-tally';
import {
  accuracyChart,
  accuracyPieces,
  renderAccuracy,
} from '#lib/report/render-accuracy';
import { syntheticAccuracy } from '../../fixtures/report/accuracy-rows.ts';
import { syntheticInput } from '../../fixtures/report/synthetic-input.ts';

describe('accuracyPieces', () => {
  it('renders a large accuracy page in pieces of at most a thousand rows, which join to the whole page', async () => {
    // Prepare: 1,200 series (1,000 groups, 200 ISPs) at three horizons.
    const fleet = syntheticInput(200, 5, 10);
    const input = {
      ...fleet,
      accuracy: tallyAccuracy(syntheticAccuracy(fleet, 2), 80),
    };

    // Act
    const pieces = [...accuracyPieces(input, await accuracyChart(input))];
    const whole = await renderAccuracy(input);

    // Assess
    expect(pieces.join('')).toBe(whole);
    // Rows in the table, and rows in its data (`["<th …`).
    const rows = (text: string) =>
      text.split('<tr>').length - 1 + (text.split('["<t').length - 1);
    expect(rows(whole)).toBeGreaterThan(3_600);
    expect(Math.max(...pieces.map(rows))).toBeLessThanOrEqual(1_000);
    expect(whole).toContain('The first 200 of 3600 rows');
  });
});
