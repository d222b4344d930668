import { describe, expect, it } from 'vitest';
import { wrapText } from '#lib/report/wrap-text';

describe('wrapText', () => {
  it('cuts at spaces within the width, each line after the first with its indent, a rate whole', () => {
    // Act
    const lines = wrapText(
      'expedite the planned +100 Gbps on 2027-04-02 (CHG-1, 43 d late)',
      '    ',
      '      ',
      30,
    );

    // Assess
    expect(lines).toEqual([
      '    expedite the planned',
      '      +100 Gbps on 2027-04-02',
      '      (CHG-1, 43 d late)',
    ]);
  });

  it("keeps '2 × 100 Gbps' on one line and a word longer than a line whole", () => {
    // Act
    const lines = wrapText(
      'ask 2 × 100 Gbps <https://r.example/a/long/link>',
      '',
      '',
      14,
    );

    // Assess
    expect(lines).toEqual([
      'ask',
      '2 × 100 Gbps',
      '<https://r.example/a/long/link>',
    ]);
  });

  it("keeps a count of days and 'warning → critical' on one line", () => {
    // Act
    const lines = wrapText(
      'TOO LATE, 11 days after, warning → critical',
      '',
      '',
      12,
    );

    // Assess
    expect(lines).toEqual([
      'TOO LATE,',
      '11 days',
      'after,',
      'warning → critical',
    ]);
  });

  it('counts a character outside ASCII as one', () => {
    // Act
    const lines = wrapText('— — — —', '', '', 7);

    // Assess
    expect(lines).toEqual(['— — — —']);
  });
});
