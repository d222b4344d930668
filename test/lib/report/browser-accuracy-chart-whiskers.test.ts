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
// One small ISP's lower bound at 0, one large ISP's upper 30 times its
// forecast: whiskers far past every dot.
const isps = rows.filter((r) => r.level === 'isp');
const small = isps.find((r) => r.actualBps < 30e9)!;
const large = isps.find((r) => r.actualBps > 500e9)!;
const wide = rows.map((r) =>
  r === small
    ? { ...r, lowerBps: 0 }
    : r === large
      ? { ...r, upperBps: r.meanBps * 30 }
      : r,
);
const input = { ...fleet, accuracy: tallyAccuracy(wide, 80) };
const { page, dir } = useReportBrowser(input, async (i) => [
  {
    path: 'accuracy.html',
    body: await renderAccuracy(i),
    contentType: 'text/html',
  },
]);

/** The chart's parts as the page lays them out, in screen pixels. */
const layout = () =>
  page().$eval('.accuracy-chart', (figure) => {
    type Box = { top: number; bottom: number; y: number; height: number };
    const box = (e: { getBoundingClientRect(): Box }) =>
      e.getBoundingClientRect();
    const svg = figure.querySelector('svg')!;
    const ys = (sel: string) =>
      [...svg.querySelectorAll(sel)].map((e) => box(e).y + box(e).height / 2);
    const axes = [...svg.querySelectorAll('.role-axis')]
      .map((g) =>
        [...g.querySelectorAll('.role-axis-label text')]
          .map((t) => t.textContent!)
          .filter((t) => t !== ''),
      )
      .filter((labels) => labels.length > 0);
    const plot = box(svg.querySelector('.background')!);
    return {
      axes,
      plot: { top: plot.top, bottom: plot.bottom },
      dots: ys('.forecasts_marks path'),
      whiskers: [...svg.querySelectorAll('.intervals_marks line')].map((l) => [
        box(l).top,
        box(l).bottom,
      ]),
      cuts: ys('.cuts_marks path'),
      caption: figure.querySelector('figcaption')!.textContent!,
    };
  });

describe('the accuracy chart with whiskers far past the dots, in Chromium', () => {
  it('keeps the forecast axis to the dots’ range, as the actual axis', async () => {
    // Prepare
    await page().goto(`file://${join(dir(), 'accuracy.html')}`);
    // Act
    const chart = await layout();
    await page().$eval('.accuracy-chart', (f) => f.scrollIntoView());
    await page().screenshot({ path: join(SHOTS, 'accuracy-whiskers.png') });
    // Assess: the forecast axis ran from 100 Mbps to 10 Tbps, the dots
    // in two huddles a third of its height
    const [actual, forecast] = chart.axes;
    expect(actual).toEqual(['30 Gbps', '100 Gbps', '300 Gbps', '1 Tbps']);
    expect(forecast).toEqual([
      '10 Gbps',
      '30 Gbps',
      '100 Gbps',
      '300 Gbps',
      '1 Tbps',
    ]);
    const { top, bottom } = chart.plot;
    const spread =
      (Math.max(...chart.dots) - Math.min(...chart.dots)) / (bottom - top);
    expect(spread).toBeGreaterThan(0.75);
  });

  it('cuts the two wide whiskers at the plot’s edges, marks them and says so', async () => {
    // Prepare
    await page().goto(`file://${join(dir(), 'accuracy.html')}`);
    // Act
    const chart = await layout();
    // Assess
    const { top, bottom } = chart.plot;
    for (const [from, to] of chart.whiskers) {
      expect(from).toBeGreaterThanOrEqual(top - 0.5);
      expect(to).toBeLessThanOrEqual(bottom + 0.5);
    }
    const edge = (y: number) => Math.min(y - top, bottom - y);
    expect(chart.cuts).toHaveLength(2);
    for (const y of chart.cuts) expect(edge(y)).toBeLessThan(15);
    expect(chart.caption).toContain(
      'The axes span the dots: 2 whiskers run on past them, each cut at the plot’s edge, where a chevron points the way it goes on.',
    );
  });
});
