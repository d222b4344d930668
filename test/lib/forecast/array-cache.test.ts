import { describe, expect, it } from 'vitest';
import { ArrayCache } from '#lib/forecast/array-cache';

describe('ArrayCache', () => {
  it('makes a value once while the array is unchanged', () => {
    // Prepare
    const cache = new ArrayCache<number>();
    const values = [1, 2, 3];
    let made = 0;
    const sum = (v: readonly number[]) => {
      made += 1;
      return v.reduce((a, b) => a + b, 0);
    };

    // Act
    const first = cache.get(values, sum);
    const second = cache.get(values, sum);

    // Assess
    expect([first, second, made]).toEqual([6, 6, 1]);
  });

  it('makes the value again after the array is changed or grown', () => {
    // Prepare
    const cache = new ArrayCache<number>();
    const values = [1, 2, 3];
    const sum = (v: readonly number[]) => v.reduce((a, b) => a + b, 0);
    cache.get(values, sum);

    // Act
    values[0] = 10;
    const changed = cache.get(values, sum);
    values.push(4);
    const grown = cache.get(values, sum);

    // Assess
    expect([changed, grown]).toEqual([15, 19]);
  });
});
