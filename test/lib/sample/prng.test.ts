import { describe, expect, it } from 'vitest';
import {
  mixSeed,
  mulberry32,
  normal,
  pickWeighted,
  shuffled,
  streamFor,
} from '#lib/sample/prng';

const draw = (rng: () => number, n: number): number[] =>
  Array.from({ length: n }, rng);

describe('mulberry32', () => {
  it('repeats the same stream for the same seed', () => {
    // Prepare
    const a = mulberry32(42);
    const b = mulberry32(42);
    // Act
    const first = draw(a, 5);
    const second = draw(b, 5);
    // Assess
    expect(first).toEqual(second);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('gives a different stream for another seed', () => {
    // Prepare
    const a = mulberry32(1);
    const b = mulberry32(2);
    // Act / Assess
    expect(draw(a, 5)).not.toEqual(draw(b, 5));
  });

  it('is roughly uniform', () => {
    // Prepare
    const rng = mulberry32(7);
    // Act
    const values = draw(rng, 20_000);
    const mean = values.reduce((s, x) => s + x, 0) / values.length;
    // Assess
    expect(mean).toBeCloseTo(0.5, 1);
  });
});

describe('mixSeed', () => {
  it('separates streams by every part', () => {
    // Prepare / Act
    const seeds = [mixSeed(1, 2, 3), mixSeed(1, 3, 2), mixSeed(2, 2, 3)];
    // Assess
    expect(new Set(seeds).size).toBe(3);
    expect(mixSeed(1, 2, 3)).toBe(mixSeed(1, 2, 3));
  });
});

describe('helpers', () => {
  it('shuffles into a permutation of the input', () => {
    // Prepare
    const items = [1, 2, 3, 4, 5, 6, 7, 8];
    // Act
    const result = shuffled(streamFor(1, 9), items);
    // Assess
    expect([...result].sort()).toEqual(items);
    expect(items).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('picks by weight', () => {
    // Prepare
    const rng = streamFor(3);
    // Act
    const picks = Array.from({ length: 4000 }, () =>
      pickWeighted(rng, [
        ['a', 3],
        ['b', 1],
      ]),
    );
    const share = picks.filter((p) => p === 'a').length / picks.length;
    // Assess
    expect(share).toBeGreaterThan(0.7);
    expect(share).toBeLessThan(0.8);
  });

  it('draws standard normal numbers', () => {
    // Prepare
    const rng = streamFor(5);
    // Act
    const values = Array.from({ length: 20_000 }, () => normal(rng));
    const mean = values.reduce((s, x) => s + x, 0) / values.length;
    const variance =
      values.reduce((s, x) => s + (x - mean) ** 2, 0) / values.length;
    // Assess
    expect(mean).toBeCloseTo(0, 1);
    expect(variance).toBeCloseTo(1, 1);
  });
});
