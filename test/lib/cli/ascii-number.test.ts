import { describe, expect, it } from 'vitest';
import { MAX_NUM_BYTES, num, putNum } from '#lib/cli/ascii-number';
import { AsciiWriter, putBytes } from '#lib/cli/ascii-writer';

/** The text putNum writes for each number, one per line, via a writer. */
function written(xs: readonly number[], size = 4): string {
  const w = new AsciiWriter(size);
  for (const x of xs) {
    const buf = w.reserve(MAX_NUM_BYTES + 1);
    const end = putNum(buf, w.length, x);
    buf[end] = 10;
    w.commit(end + 1);
  }
  return new TextDecoder().decode(w.view());
}

describe('putNum', () => {
  it('writes numbers exactly as num() does, at every edge', () => {
    // Prepare: both sides of 1e5 (rounding), 2^31 (one run of digits or
    // two), 1e8 (the second run's padding) and 2^53 (String again), odd
    // values and the longest String forms.
    const xs = [
      0,
      -0,
      1.25,
      -0.0000012345678901234567,
      1e-7,
      99999.5,
      -99999.4,
      1e5,
      -1e5 - 0.4,
      123456.7,
      2 ** 31 - 1,
      2 ** 31,
      2 ** 31 + 0.5,
      -(2 ** 31) - 0.5,
      1e8 - 1,
      1e8,
      1e8 + 1,
      3e8 + 7,
      12345600000001,
      12345678901234.4,
      -98765432109876,
      2 ** 53 - 1,
      2 ** 53,
      9.9e16,
      1e17,
      -1.2345678901234568e-300,
      3e21,
      Number.MAX_VALUE,
      -Number.MAX_VALUE,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
    ];

    // Act
    const text = written(xs);

    // Assess
    expect(text).toBe(xs.map((x) => `${num(x)}\n`).join(''));
    expect(Math.max(...xs.map((x) => num(x).length))).toBe(MAX_NUM_BYTES);
  });

  it('agrees with num() on random magnitudes and signs', () => {
    // Prepare: 10^-3 to 10^17, half negative, half whole.
    let seed = 1;
    const rnd = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const xs = Array.from({ length: 20_000 }, (_, k) => {
      const x = (rnd() < 0.5 ? -1 : 1) * 10 ** (rnd() * 20 - 3);
      return k % 2 === 0 ? Math.round(x) : x;
    });

    // Act
    const text = written(xs, 64);

    // Assess
    expect(text).toBe(xs.map((x) => `${num(x)}\n`).join(''));
  });
});

describe('num', () => {
  it("writes a sum's float noise below 1e5 as the decimal it stands for", () => {
    // Prepare: 0.1 + 0.2 and a forecast's 167.818 as a sum leaves them
    const noisy = [0.1 + 0.2, 167.81799999999998, -42.000000000000014];

    // Act
    const text = noisy.map(num);

    // Assess: before, '0.30000000000000004', '167.81799999999998', …
    expect(text).toEqual(['0.3', '167.818', '-42']);
    expect(num(1.2345678901234)).toBe('1.23456789012');
  });
});

describe('AsciiWriter', () => {
  it('keeps what was written when it grows, and starts again on clear', () => {
    // Prepare
    const w = new AsciiWriter(2);
    const bytes = new TextEncoder().encode('link-ü,');

    // Act
    for (let k = 0; k < 3; k += 1) {
      const buf = w.reserve(bytes.length);
      w.commit(putBytes(buf, w.length, bytes));
    }
    const first = new TextDecoder().decode(w.view());
    w.clear();
    w.commit(putBytes(w.reserve(1), w.length, Uint8Array.of(97)));

    // Assess
    expect(first).toBe('link-ü,link-ü,link-ü,');
    expect(new TextDecoder().decode(w.view())).toBe('a');
  });
});
