import { describe, expect, it } from 'vitest';
import { QUALITY_KINDS } from '#lib/domain/vocabulary';
import { formatCount } from '#lib/report/format';
import { QUALITY_SENTENCES, qualityCounts } from '#lib/report/quality-words';

describe('quality words', () => {
  it('puts every kind the rollup counts in one sentence, once', () => {
    // Act
    const kinds = QUALITY_SENTENCES.flatMap((s) => s.kinds);

    // Assess
    expect([...kinds].sort()).toEqual([...QUALITY_KINDS].sort());
  });

  it("lists the counts found by sentence, in the overview's order, none for a kind at zero", () => {
    // Prepare
    const totals = { zero: 2, spike: 3, duplicate: 0, missing_samples: 1 };

    // Act
    const counts = qualityCounts({ totals }).map(({ sentence, found }) => [
      sentence.head,
      found,
    ]);

    // Assess
    expect(counts).toEqual([
      ['Bad traffic rows left out of the fit', [['spike', 3]]],
      ['Zero samples, kept in the fit', [['zero', 2]]],
      ["Samples missing at each link's interval", [['missing samples', 1]]],
    ]);
  });

  it('counts the rows without a link_id apart from the ids links.csv lacks', () => {
    // Prepare: 10,295 rows of unknown links, 96 of them with no link_id
    const totals = { spike: 60, unknown_link: 10295 };

    // Act
    const counts = qualityCounts({ totals, noLinkIdRows: 96 });

    // Assess
    expect(counts.map(({ found }) => found)).toEqual([
      [
        ['spike', 60],
        ['unknown link', 10199],
        ['empty link_id', 96],
      ],
    ]);
  });

  it('writes a count with thousands separators', () => {
    // Act
    const text = [64561, 7, 1234567].map(formatCount);

    // Assess
    expect(text).toEqual(['64,561', '7', '1,234,567']);
  });
});
