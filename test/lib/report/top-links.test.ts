import { describe, expect, it } from 'vitest';
import type { LinkQuality } from '#lib/domain/quality';
import { addTopLinks } from '#lib/report/top-links';

/** Rows of the counts given, named by their place in the report. */
const rows = (counts: readonly number[]): LinkQuality[] =>
  counts.map((count, i) => ({
    linkId: `l${i}`,
    kind: 'spike',
    count,
    days: 1,
  }));

describe('addTopLinks', () => {
  it.each([
    ['no rows', [], [1, 4]],
    ['fewer rows than kept', [2, 5], [2]],
    [
      'ties across the cut, pages of one',
      [3, 1, 3, 2, 3, 3, 1, 2, 3],
      [1, 1, 1, 1, 1, 1, 1, 1, 1],
    ],
    [
      'ties across the cut, uneven pages',
      [1, 2, 2, 9, 2, 0, 2, 9, 2, 1],
      [3, 0, 4, 3],
    ],
  ])(
    'keeps what a stable sort of every row by count keeps first: %s',
    (_name, counts, pageSizes) => {
      // Prepare
      const all = rows(counts);
      const n = 4;

      // Act: the rows taken in a page at a time
      let top: LinkQuality[] = [];
      let at = 0;
      for (const size of pageSizes) {
        top = addTopLinks(top, all.slice(at, at + size), n);
        at += size;
      }

      // Assess
      const sorted = [...all].sort((a, b) => b.count - a.count);
      expect(top).toEqual(sorted.slice(0, n));
    },
  );

  it('keeps none when asked for none', () => {
    // Act
    const top = addTopLinks([], rows([1, 2]), 0);

    // Assess
    expect(top).toEqual([]);
  });
});
