import { describe, expect, it } from 'vitest';
import type { IspSummary } from '#lib/domain/evaluation';
import {
  partialCells,
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
  it('say what share of its bundles and capacity they cover, in every place', () => {
    // Prepare: 1 of 3 bundles, 2 Tbps of 3.2; all 2; its one bundle;
    // 2 bundles with links.csv not at hand
    const some = globex({
      groups: 1,
      inventoryGroups: 3,
      inventoryCapacityBps: 3.2e12,
    });
    const all = globex({
      groups: 2,
      inventoryGroups: 2,
      inventoryCapacityBps: 2e12,
    });
    const one = globex({
      groups: 1,
      inventoryGroups: 1,
      inventoryCapacityBps: 2e12,
    });
    const unknown = globex({ groups: 2 });

    // Act
    const texts = [some, all, one, unknown].map((s) => [
      partialNote(s),
      partialPackText(s),
      partialCells(s),
    ]);

    // Assess
    const note =
      "Partial: Globex's own total is not forecast, so its demand, " +
      'capacity and headroom here are summed over ';
    const pack = ' These totals are of the bundles below only';
    const after = ' the total of all of them is not forecast this time.';
    expect(texts).toEqual([
      [
        `${note}its bundles that are: 1 of its 3 bundles in links.csv, with 2.00 Tbps of the 3.20 Tbps of capacity links.csv gives it`,
        `${pack}: 1 of our 3 bundles with you, with 2.00 Tbps of the 3.20 Tbps of capacity between us;${after}`,
        {
          demand: 'partial: 1 of 3 bundles',
          capacity: 'of 3.20 Tbps in links.csv',
        },
      ],
      [
        `${note}its bundles that are: all 2 of its bundles in links.csv, with all 2.00 Tbps of capacity links.csv gives it`,
        `${pack}: all 2 of our bundles with you, with all 2.00 Tbps of capacity between us;${after}`,
        {
          demand: 'partial: 2 of 2 bundles',
          capacity: 'of 2.00 Tbps in links.csv',
        },
      ],
      [
        `${note}its bundles that are: its one bundle in links.csv, with all 2.00 Tbps of capacity links.csv gives it`,
        `${pack}: our one bundle with you, with all 2.00 Tbps of capacity between us;${after}`,
        {
          demand: 'partial: 1 of 1 bundle',
          capacity: 'of 2.00 Tbps in links.csv',
        },
      ],
      [
        `${note}its 2 bundles that are`,
        `${pack};${after}`,
        { demand: 'partial: 2 bundles', capacity: '' },
      ],
    ]);
  });

  it('say nothing of an ISP forecast', () => {
    // Act
    const texts = [partialNote, partialPackText, partialCells].map((f) =>
      f(globex()),
    );

    // Assess
    expect(texts).toEqual([undefined, '', { demand: '', capacity: '' }]);
  });
});
