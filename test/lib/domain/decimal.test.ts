import { describe, expect, it } from 'vitest';
import { readDecimal } from '#lib/domain/decimal';

describe('readDecimal', () => {
  it('reads plain decimal notation, with a sign, a point and an exponent', () => {
    // Prepare
    const texts = ['0', '007', '-3', '+5', '1.5', '.5', '5.', '1e3', '2.5E-3'];

    // Act
    const read = texts.map(readDecimal);

    // Assess
    expect(read).toEqual(
      [0, 7, -3, 5, 1.5, 0.5, 5, 1000, 0.0025].map((value) => ({
        ok: true,
        value,
      })),
    );
  });

  it('reads no other notation that Number() takes, nor spaces or an empty text', () => {
    // Prepare: Number() reads each of these as a number (or 0)
    const texts = [
      '0x10',
      '0b1',
      '0o7',
      'Infinity',
      '-Infinity',
      '',
      ' ',
      ' 5',
    ];
    const others = [
      '1_000',
      '1e',
      'e5',
      '.',
      '-',
      '1.2.3',
      '5e+',
      '1,5',
      'NaN',
    ];

    // Act
    const read = [...texts, ...others].map(readDecimal);

    // Assess
    expect(read.filter((r) => r.ok)).toEqual([]);
    expect(new Set(read.map((r) => !r.ok && r.problem))).toEqual(
      new Set(['not-decimal']),
    );
  });

  it('says a number beyond the range of a double is out of range, not 0 or Infinity', () => {
    // Act
    const read = ['1e400', '-1e400', '1e-400', '-0.0001e-320'].map(readDecimal);

    // Assess
    expect(read).toEqual([
      { ok: false, problem: 'too-large' },
      { ok: false, problem: 'too-large' },
      { ok: false, problem: 'too-small' },
      { ok: false, problem: 'too-small' },
    ]);
  });

  it('reads a zero written as zero, -0 included, as 0', () => {
    // Act
    const read = ['0e400', '-0', '0.000', '-0e-5'].map(readDecimal);

    // Assess
    expect(read.map((r) => r.ok && Object.is(r.value, 0))).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });
});
