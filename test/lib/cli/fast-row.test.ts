import { describe, expect, it } from 'vitest';
import { fastDay, fastValue } from '#lib/cli/fast-row';

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

  it('reads a number with a point as Number() does, to the last bit', () => {
    // Prepare: up to 15 digits with a point anywhere, from a fixed seed
    let seed = 7;
    const next = () => {
      seed = (seed * 48271) % 2147483647;
      return seed;
    };
    const fields = Array.from({ length: 20_000 }, () => {
      const digits = String(next()) + String(next());
      const text = digits.slice(0, 1 + (next() % 15));
      const at = next() % (text.length + 1);
      return `${text.slice(0, at)}.${text.slice(at)}`;
    }).filter((f) => f !== '.');

    // Act
    const values = fields.map((f) => fastValue(f, 0, f.length));

    // Assess
    expect(values).toEqual(fields.map(Number));
  });

  it('leaves other notations, out-of-range values and zeros not in digits to the parser', () => {
    // Prepare: Number() reads each as a number
    const fields = ['0x10', '0b1', '0o7', 'Infinity', '1e400', '1e-400', '-0'];

    // Act
    const values = fields.map((f) => fastValue(f, 0, f.length));

    // Assess
    expect(values).toEqual(fields.map(() => undefined));
  });
});
