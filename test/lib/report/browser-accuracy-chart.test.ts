import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tallyAccuracy } from '#lib/report/accuracy-tally';
import { renderAccuracy } from '#lib/report/render-accuracy';
import { sampleSizedAccuracy } from '../../fixtures/report/accuracy-rows.ts';
import { syntheticInput } from '../../fixtures/report/synthetic-input.ts';
import { SHOTS } from '../../helpers/report-browser.ts';
import { useReportBrowser } from '../../helpers/use-report-browser.ts';

const fleet = syntheticInput(20, 5, 10);
/** ISPs of 10 Gbps to 1.3 Tbps, as the sample's. */
const rows = sampleSizedAccuracy(fleet);
const input = { ...fleet, accuracy: tallyAccuracy(rows, 80) };
const { page, dir } = useReportBrowser(input, async (i) => [
  {
    path: 'accuracy.html',
    body: await renderAccuracy(i),
    contentType: 'text/html',
  },
]);

describe('the accuracy chart in Chromium', () => {
  it('labels every power of ten and every 3 between on both axes, none hidden, none overlapping', async () => {
    // Prepare
    await page().goto(`file://${join(dir(), 'accuracy.html')}`);
    // Act
    const axes = await page().$$eval(
      '.accuracy-chart svg .role-axis',
      (groups) =>
        groups.map((g) =>
          [...g.querySelectorAll('.role-axis-label text')].map((t) => {
            const r = t.getBoundingClientRect();
            const shown =
              t.textContent !== '' &&
              t.ownerDocument.defaultView!.getComputedStyle(t).opacity !==
                '0' &&
              t.getAttribute('opacity') !== '0';
            return {
              text: t.textContent!,
              shown,
              box: [r.left, r.top, r.right, r.bottom],
            };
          }),
        ),
    );
    await page().$eval('.accuracy-chart', (f) => f.scrollIntoView());
    await page().screenshot({ path: join(SHOTS, 'accuracy-axes.png') });
    // Assess: greedy overlap removal kept 1-8 Gbps and hid '10 Gbps',
    // so a reader read 8 Gbps next to 20 Gbps
    const labelled = axes.filter((labels) => labels.length > 0);
    expect(labelled.length).toBe(2);
    for (const labels of labelled) {
      const decades = labels.filter((l) =>
        /^(1|10|100) [GMT]bps$/.test(l.text),
      );
      expect(decades.length).toBeGreaterThan(1);
      const hidden = labels.filter((l) => l.text !== '' && !l.shown);
      expect(hidden.map((l) => l.text)).toEqual([]);
      const shown = labels.filter((l) => l.shown).map((l) => l.box);
      const overlaps = shown.filter((a, i) =>
        shown
          .slice(i + 1)
          .some(
            (b) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3],
          ),
      );
      expect(overlaps).toEqual([]);
    }
  });
  it('keys each horizon in the colour and opacity of its dots', async () => {
    // Prepare
    await page().goto(`file://${join(dir(), 'accuracy.html')}`);
    // Act
    const looks = await page().$eval('.accuracy-chart svg', (svg) => {
      const look = (p: typeof svg) =>
        `${p.getAttribute('fill')} ${p.getAttribute('opacity') ?? '1'}`;
      return {
        keys: [...svg.querySelectorAll('.role-legend-symbol path')].map(look),
        dots: [
          ...new Set(
            [...svg.querySelectorAll('.forecasts_marks path')].map(look),
          ),
        ].sort(),
      };
    });
    // Assess: the key took the whiskers' opacity, 0.3, a pale blue
    // against dots of a dark one
    expect(looks.keys.length).toBeGreaterThan(1);
    expect([...looks.keys].sort()).toEqual(looks.dots);
  });
  it('tells the horizons apart by the shape of their dots too, keyed alike', async () => {
    // Prepare
    await page().goto(`file://${join(dir(), 'accuracy.html')}`);
    // Act
    const shapes = await page().$eval('.accuracy-chart svg', (svg) => {
      const shape = (sel: string) =>
        [...svg.querySelectorAll(sel)].map(
          (p) => `${p.getAttribute('fill')} ${p.getAttribute('d')}`,
        );
      return {
        keys: shape('.role-legend-symbol path'),
        dots: shape('.forecasts_marks path'),
      };
    });
    // Assess: all circles, the horizons differed in colour alone
    const outline = (s: string) => s.split(' ')[1];
    const dots = [...new Set(shapes.dots)];
    expect(new Set(dots.map(outline)).size).toBe(3);
    expect(new Set(shapes.keys.map(outline)).size).toBe(3);
    expect(dots.length).toBe(3);
  });
  it('spreads the dots across the plot, its axes no wider than the data and a margin', async () => {
    // Prepare
    await page().goto(`file://${join(dir(), 'accuracy.html')}`);
    // Act
    const spread = await page().$eval('.accuracy-chart svg', (svg) => {
      const xs = [...svg.querySelectorAll('.forecasts_marks path')].map(
        (p) => p.getBoundingClientRect().x,
      );
      const plot = svg.querySelector('.role-axis-grid')!;
      const width = plot.getBoundingClientRect().width;
      return (Math.max(...xs) - Math.min(...xs)) / width;
    });
    // Assess: rounded out to powers of ten, the sample's 10 Gbps to 1.3
    // Tbps filled half the width of an axis of 1 Gbps to 10 Tbps
    expect(spread).toBeGreaterThan(0.85);
  });
});
