import { describe, expect, it } from 'vitest';
import { encodePieces } from '#lib/pipeline/encode-pieces';

describe('encodePieces', () => {
  it.each([
    ['no pieces', []],
    ['one piece', ['{"a":1}\n']],
    ['pieces with characters of 2, 3 and 4 bytes', ['é', '→ x', '', '😀\n']],
  ])('gives the bytes of the joined text: %s', (_name, pieces) => {
    // Prepare
    const whole = Buffer.from(pieces.join(''));

    // Act
    const bytes = encodePieces(pieces);

    // Assess
    expect(bytes.equals(whole)).toBe(true);
  });
});
