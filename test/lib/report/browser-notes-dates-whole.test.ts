import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureInput } from '../../fixtures/report/report-input.ts';
import { brokenFigures } from '../../helpers/broken-figures.ts';
import { useReportBrowser } from '../../helpers/use-report-browser.ts';

/** Forecast notes as runs write them, dated. */
const NOTES = [
  '3 days left out of the forecast, on which its links sent too few samples for a true sum, the last 2026-11-05: a1 sent 0 of 288 samples',
  'a2 (retired on 2026-04-28) took 48% of its traffic with it: its share taken out of the days up to 2026-04-28',
  'the last 2 days before the as-of date have no data; the step of 2026-10-14 followed from 2026-10-21',
];

const base = fixtureInput();
const input = {
  ...base,
  series: base.series.map((s) =>
    s.key.startsWith('Acme Telecom')
      ? { ...s, forecast: { ...s.forecast, warnings: NOTES } }
      : s,
  ),
};
const { dir, page } = useReportBrowser(input);

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Widths of a phone held upright to a narrow window, a few px apart. */
const WIDTHS = Array.from({ length: 16 }, (_, i) => 320 + i * 9);

describe('forecast notes read their dates whole', () => {
  it.each([
    ['the ISP page', 'isp/acme-telecom.html', 'ul.notes, p.need, .overdue'],
    ['the overview', 'index.html', '#quality ~ ul ul'],
  ])(
    'never splits a date of a note across two lines on %s, at any narrow width',
    async (_, file, selector) => {
      // Prepare
      const broken: string[] = [];
      await page().goto(`file://${join(dir(), file)}`);

      // Act
      for (const width of WIDTHS) {
        await page().setViewportSize({ width, height: 900 });
        // Dates only: a figure's unit ('100 Gbps') may go to the next line.
        const found = await brokenFigures(page(), selector);
        broken.push(...found.filter((t) => DATE.test(t)));
      }

      // Assess
      expect(await page().locator(selector).count()).toBeGreaterThan(0);
      expect(broken).toEqual([]);
    },
  );

  it('reads each note as written, word for word', async () => {
    // Act
    await page().goto(`file://${join(dir(), 'isp/acme-telecom.html')}`);
    const shown = await page()
      .locator('ul.notes >> nth=0')
      .locator('li')
      .allTextContents();

    // Assess
    expect(shown).toEqual(NOTES);
  });
});
