import { describe, expect, it } from 'vitest';
import { AsciiWriter } from '#lib/cli/ascii-writer';
import { fastDay, fastValue } from '#lib/cli/fast-row';
import { num } from '#lib/cli/format-forecast';

const DAY_MS = 86_400_000;

describe('fast row parsing', () => {
  it('reads every valid date as Date.UTC does and rejects the rest', () => {
    // Prepare
    const texts: string[] = [];
    for (const y of [100, 1600, 1900, 1970, 2000, 2023, 2024, 2100, 9999]) {
      for (let m = 0; m <= 13; m += 1) {
        for (let d = 0; d <= 32; d += 1) {
          const pad = (x: number, n: number) => String(x).padStart(n, '0');
          texts.push(`${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
        }
      }
    }
    const expected = texts.map((t) => {
      const [y, m, d] = t.split('-').map(Number) as [number, number, number];
      const ms = Date.UTC(y, m - 1, d);
      return new Date(ms).toISOString().slice(0, 10) === t
        ? ms / DAY_MS
        : undefined;
    });

    // Act
    const days = texts.map((t) => fastDay(t, 0, 10));

    // Assess
    expect(days).toEqual(expected);
    expect(fastDay('0050-01-01', 0, 10)).toBeUndefined();
  });

  it('reads values as Number does, leaving odd fields to the parser', () => {
    // Prepare
    const fields = ['0', '007', '123456789012345', '1.5', '-3', '1e5', ''];

    // Act
    const values = fields.map((f) => fastValue(f, 0, f.length));

    // Assess
    expect(values).toEqual([0, 7, 123456789012345, 1.5, -3, 1e5, Number.NaN]);
    expect([' 4', '4 ', 'x'].map((f) => fastValue(f, 0, f.length))).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('AsciiWriter', () => {
  it('writes numbers exactly as num() does', () => {
    // Prepare
    const xs = [
      0,
      -0,
      1.25,
      99999.5,
      1e5,
      -1e5 - 0.4,
      123456.7,
      2 ** 31 + 0.5,
      1e8 - 1,
      1e8,
      12345678901234.4,
      -98765432109876,
      9.9e16,
      1e17,
      3e21,
      Number.NaN,
      Number.POSITIVE_INFINITY,
    ];
    const w = new AsciiWriter(4);

    // Act
    for (const x of xs) {
      w.num(x);
      w.byte(10);
    }

    // Assess
    const text = new TextDecoder().decode(w.take());
    expect(text).toBe(xs.map((x) => `${num(x)}\n`).join(''));
  });
});
