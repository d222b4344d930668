import { describe, expect, it } from 'vitest';
import { compareNames } from '#lib/domain/name-order';

/** Accents, case, digits, and pairs the collation alone calls equal. */
const NAMES = [
  'Zeta',
  'link-10',
  'Ärzte',
  'link-2',
  'arzte',
  'Arzte',
  'link-02',
  'A\u0308rzte', // 'Ärzte' decomposed: the same letters, other code points
  'B',
  'a',
] as const;

/** `NAMES` in 20 orders: each rotation, forwards and backwards. */
function shuffles(names: readonly string[]): string[][] {
  return names.flatMap((_, i) => {
    const turned = [...names.slice(i), ...names.slice(0, i)];
    return [turned, [...turned].reverse()];
  });
}

describe('compareNames', () => {
  it('orders accents, case and numbers as people read them', () => {
    // Prepare
    const names = [...NAMES];

    // Act
    const sorted = names.sort(compareNames);

    // Assess: lower case before upper, an accent after its letter, link-2
    // before link-10, 'Ärzte' before 'Zeta' (a Swedish locale puts it last),
    // and the collation's ties by code point ('A' + U+0308 before 'Ä',
    // 'link-02' before 'link-2')
    expect(sorted).toEqual([
      'a',
      'arzte',
      'Arzte',
      'A\u0308rzte',
      'Ärzte',
      'B',
      'link-02',
      'link-2',
      'link-10',
      'Zeta',
    ]);
  });

  it('gives the same order whatever order the names come in', () => {
    // Prepare
    const inputs = shuffles(NAMES);

    // Act
    const sorted = inputs.map((names) => names.sort(compareNames).join('|'));

    // Assess
    expect(new Set(sorted).size).toBe(1);
  });

  it('calls two names equal only when they are the same text', () => {
    // Prepare: every pair, including each name with itself
    const pairs = NAMES.flatMap((a) => NAMES.map((b) => [a, b] as const));

    // Act
    const signs = pairs.map(([a, b]) => [
      Math.sign(compareNames(a, b)),
      Math.sign(compareNames(b, a)),
    ]);

    // Assess: zero exactly on the diagonal, antisymmetric elsewhere
    pairs.forEach(([a, b], i) => {
      const [ab, ba] = signs[i]!;
      expect(ab === 0, `${a} vs ${b}`).toBe(a === b);
      expect(ab, `${a} vs ${b}`).toBe(-ba! || 0);
    });
  });
});
