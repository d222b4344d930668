import { describe, expect, it } from 'vitest';
import { indexPieces, renderIndex } from '#lib/report/render-index';
import { syntheticInput } from '../../fixtures/report/synthetic-input.ts';

describe('indexPieces', () => {
  it('renders a large overview in pieces of at most a thousand rows, which join to the whole page', () => {
    // Prepare: 3,000 groups, about 1,800 needing action, 600 ISPs.
    const input = syntheticInput(600, 5, 10);

    // Act
    const pieces = [...indexPieces(input)];
    const whole = renderIndex(input);

    // Assess
    expect(pieces.join('')).toBe(whole);
    // Rows in the tables, and rows in their data (`["<td …`, `["<th …`).
    const rows = (text: string) =>
      text.split('<tr>').length - 1 + (text.split('["<t').length - 1);
    expect(rows(whole)).toBeGreaterThan(2_000);
    expect(Math.max(...pieces.map(rows))).toBeLessThanOrEqual(1_000);
  });
});
