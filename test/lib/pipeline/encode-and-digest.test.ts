import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { encodeAndDigest } from '#lib/pipeline/encode-and-digest';

describe('encodeAndDigest', () => {
  it.each([
    ['no pieces', []],
    ['one piece', ['{"a":1}\n']],
    ['pieces with characters of 2, 3 and 4 bytes', ['é', '→ x', '', '😀\n']],
  ])(
    'gives the bytes of the joined text and their digest: %s',
    (_name, pieces) => {
      // Prepare
      const whole = Buffer.from(pieces.join(''));
      const file = encodeAndDigest(pieces);

      // Act
      const bytes = Buffer.concat([...file.bytes]);

      // Assess
      expect(bytes.equals(whole)).toBe(true);
      expect(file.digest()).toEqual({
        bytes: whole.length,
        sha256: createHash('sha256').update(whole).digest('hex'),
      });
    },
  );

  it('encodes each piece only when it is read', () => {
    // Prepare
    const made: string[] = [];
    function* pieces() {
      for (const piece of ['a', 'b']) {
        made.push(piece);
        yield piece;
      }
    }
    const file = encodeAndDigest(pieces());

    // Act
    const first = file.bytes[Symbol.iterator]().next();

    // Assess
    expect(first.value).toEqual(Buffer.from('a'));
    expect(made).toEqual(['a']);
  });

  it('refuses a digest before every piece was read', () => {
    // Prepare
    const file = encodeAndDigest(['a', 'b']);
    file.bytes[Symbol.iterator]().next();

    // Act
    const digest = () => file.digest();

    // Assess
    expect(digest).toThrow('the digest needs every piece read first');
  });
});
