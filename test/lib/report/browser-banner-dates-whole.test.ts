import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDays } from '#lib/domain/dates';
import { AS_OF, fixtureInput } from '../../fixtures/report/report-input.ts';
import { brokenFigures } from '../../helpers/broken-figures.ts';
import { useReportBrowser } from '../../helpers/use-report-browser.ts';

/** A lake 5 days old whose traffic stopped 2 days before the run. */
const base = fixtureInput();
const { dir, page } = useReportBrowser({
  ...base,
  dataQuality: {
    ...base.dataQuality,
    firstTrafficDay: addDays(AS_OF, -5),
    missingDays: [addDays(AS_OF, -2), addDays(AS_OF, -1)],
  },
});

describe('the banners at the top of a page on a phone', () => {
  it.each([
    [320, 'index.html'],
    [320, 'accuracy.html'],
    [320, 'isp/acme-telecom.html'],
  ] as const)(
    'never split a date across two lines at %i px (%s)',
    async (width, file) => {
      // Prepare: the young-lake banner broke 'since 2026-12-04' at its
      // hyphen on the sample's 3-day lake at 320 px
      await page().setViewportSize({ width, height: 900 });
      // Act
      await page().goto(`file://${join(dir(), file)}`);
      const texts = await page().$$eval('p.banner', (ps) =>
        ps.map((p) => p.textContent!.slice(0, 10)),
      );
      const broken = await brokenFigures(page(), 'p.banner');
      // Assess
      expect(texts).toEqual(['Data: no t', 'Young lake']);
      expect(broken).toEqual([]);
    },
  );
});
