import { describe, expect, it } from 'vitest';
import { bytes, splitBodies } from '#lib/report/email-split';

describe('splitBodies', () => {
  it('cuts a block too big for one part between lines and characters', () => {
    // Prepare
    const block = `${'a'.repeat(30)}\n${'b'.repeat(5)}\n`;

    // Act
    const parts = splitBodies('H\n', [block, 'c\n'], 'F\n', 20);

    // Assess
    expect(parts.map((p) => p.slice(2, -2)).join('')).toBe(`${block}c\n`);
    expect(parts.every((p) => bytes(p) <= 20)).toBe(true);
  });

  it('refuses a budget the header and footer alone exceed', () => {
    // Prepare
    const split = () => splitBodies('header', ['x'], 'footer', 10);

    // Act
    const failure = () => split();

    // Assess
    expect(failure).toThrow(RangeError);
  });
});
