import { describe, expect, it } from 'vitest';
import { formatRunSummary } from '#lib/cli/format-run-summary';
import { renderQualitySection } from '#lib/report/quality-section';
import {
  EVALUATIONS,
  fixtureInput,
} from '../../fixtures/report/report-input.ts';
import { consoleParagraph } from '../../helpers/console-paragraph.ts';
import { htmlText } from '../../helpers/html-text.ts';
import { summary } from '../cli/run-summary-fixture.ts';

/**
 * 10,305 rows of links not in links.csv, 96 of them of no link_id, 10 of
 * a link whose id reads as a label for those, 7 of one whose id is their
 * Link cell.
 */
const QUALITY = {
  totals: { spike: 60, unknown_link: 10312 },
  noLinkIdRows: 96,
  unknownLinks: ['ghost-\tx', 'zz\u200b1', '(no link_id)', '(none)'],
  byLink: [
    { linkId: 'mad1-new-1', kind: 'unknown_link', count: 10007, days: 35 },
    { linkId: 'ghost-\tx', kind: 'unknown_link', count: 97, days: 1 },
    { linkId: 'zz\u200b1', kind: 'spike', count: 60, days: 1 },
    { linkId: null, kind: 'unknown_link', count: 96, days: 1 },
    { linkId: '(no link_id)', kind: 'unknown_link', count: 10, days: 1 },
    { linkId: '(none)', kind: 'unknown_link', count: 7, days: 1 },
  ],
} as const;

describe('the rows without a link_id, on the overview and the console', () => {
  it('counts them apart from the ids links.csv lacks, in both', () => {
    // Prepare
    const input = fixtureInput();
    const dataQuality = { ...input.dataQuality, ...QUALITY };
    const run = summary(EVALUATIONS);

    // Act
    const html = htmlText(renderQualitySection({ ...input, dataQuality }));
    const line = consoleParagraph(
      formatRunSummary({ ...run, quality: dataQuality }, 'index.html'),
      'Data quality',
    );

    // Assess: 10,305 unknown links read as ids links.csv lacks
    expect(html).toContain(
      'Bad traffic rows left out of the fit: spike: 60 rows; unknown link: 10,216 rows; empty link_id: 96 rows.',
    );
    expect(line).toContain(
      'bad traffic rows left out of the fit: spike 60, unknown link 10,216, empty link_id 96;',
    );
  });

  it("names them in the table's Problem column, and shows ids with unseen characters escaped, in quotes", () => {
    // Prepare
    const input = fixtureInput();
    const dataQuality = { ...input.dataQuality, ...QUALITY };

    // Act
    const html = renderQualitySection({ ...input, dataQuality });
    const rows = [...html.matchAll(/<tr>(.*?)<\/tr>/g)]
      .map((m) => [...m[1]!.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)])
      .map((cells) => cells.map((c) => htmlText(c[1]!)).join(' | '))
      .slice(1);

    // Assess: a tab and a zero-width space read as nothing, the rows of
    // no link as an unknown link's, and a link spelt as their label or
    // their cell as one links.csv lacks
    expect(rows).toEqual([
      'mad1-new-1 | unknown link | 10,007 | 35',
      '"ghost-\\tx" | unknown link | 97 | 1',
      '(none) | empty link_id | 96 | 1',
      '"zz\\u200b1" | spike | 60 | 1',
      '(no link_id) | unknown link | 10 | 1',
      '"(none)" | unknown link | 7 | 1',
    ]);
  });
});
