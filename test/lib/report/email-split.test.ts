import { describe, expect, it } from 'vitest';
import { bytes, cutToFit } from '#lib/report/email-split';

describe('cutToFit', () => {
  it('cuts a block too big for its budget between lines and characters, dropping nothing', () => {
    // Prepare
    const block = `${'a'.repeat(30)}\n${'b'.repeat(5)}\n`;

    // Act
    const pieces = cutToFit(block, 16);

    // Assess
    expect(pieces.join('')).toBe(block);
    expect(pieces.every((p) => bytes(p) <= 16)).toBe(true);
    expect(pieces.length).toBe(3);
  });

  it('keeps a block that fits whole', () => {
    // Act
    const pieces = cutToFit('aa\nbb\n', 6);

    // Assess
    expect(pieces).toEqual(['aa\nbb\n']);
  });
});
