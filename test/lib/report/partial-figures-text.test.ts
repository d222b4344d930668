import { describe, expect, it } from 'vitest';
import type { IspSummary } from '#lib/domain/isp-summary';
import {
  partialCell,
  partialNote,
  partialPackText,
} from '#lib/report/partial-figures-text';
import { fixtureInput } from '../../fixtures/report/report-input.ts';

/** Globex (2 Tbps of capacity summed) with the given partial figures. */
const globex = (partial?: IspSummary['partial']): IspSummary => ({
  ...fixtureInput().isps.find((s) => s.isp === 'Globex')!,
  partial,
});

describe('partial figures of an ISP not forecast', () => {
  it('say what share of its bundles they cover, in every place', () => {
    // Prepare: 1 of 3 bundles; all 2; its one bundle; 2 bundles with
    // links.csv not at hand
    const some = globex({ groups: 1, inventoryGroups: 3 });
    const all = globex({ groups: 2, inventoryGroups: 2 });
    const one = globex({ groups: 1, inventoryGroups: 1 });
    const unknown = globex({ groups: 2 });

    // Act
    const texts = [some, all, one, unknown].map((s) => [
      partialNote(s),
      partialPackText(s),
      partialCell(s),
    ]);

    // Assess
    const note =
      "Partial: Globex's own total is not forecast, so its demand, " +
      'capacity and headroom here are summed over ';
    const pack = ' These totals are of the bundles below only';
    const after = ' the total of all of them is not forecast this time.';
    expect(texts).toEqual([
      [
        `${note}its bundles that are: 1 of its 3 bundles in links.csv`,
        `${pack}: 1 of our 3 bundles with you;${after}`,
        'partial: 1 of 3 bundles',
      ],
      [
        `${note}its bundles that are: all 2 of its bundles in links.csv`,
        `${pack}: all 2 of our bundles with you;${after}`,
        'partial: 2 of 2 bundles',
      ],
      [
        `${note}its bundles that are: its one bundle in links.csv`,
        `${pack}: our one bundle with you;${after}`,
        'partial: 1 of 1 bundle',
      ],
      [
        `${note}its 2 bundles that are`,
        `${pack};${after}`,
        'partial: 2 bundles',
      ],
    ]);
  });

  it('compare no capacity with links.csv, whose figure for the ISP lacks the augments in service its bundles are judged with', () => {
    // Prepare: the 2 Tbps summed hold a 1 Tbps augment in service that
    // links.csv does not: before, "2.00 Tbps of the 1.00 Tbps of
    // capacity links.csv gives it"
    const summary = globex({ groups: 1, inventoryGroups: 2 });

    // Act
    const texts = [partialNote(summary), partialPackText(summary)];

    // Assess
    for (const text of texts) expect(text).not.toMatch(/bps/);
  });

  it('say nothing of an ISP forecast', () => {
    // Act
    const texts = [partialNote, partialPackText, partialCell].map((f) =>
      f(globex()),
    );

    // Assess
    expect(texts).toEqual([undefined, '', '']);
  });
});
