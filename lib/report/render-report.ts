import { compareCodePoints } from '#lib/domain/code-point-order';
import { lastTrafficDay } from '#lib/domain/last-traffic-day';
import { ispSlug } from '#lib/domain/slug';
import { forEachLimited } from '#lib/for-each-limited';
import { type DeferredFile, renderNow } from './deferred-file.ts';
import { forecastPointsFiles } from './forecast-point-parts.ts';
import { buildForecastPoints } from './forecast-points.ts';
import { renderAccuracy } from './render-accuracy.ts';
import { renderDataFiles } from './render-data-files.ts';
import { renderIndex } from './render-index.ts';
import { renderIspPage } from './render-isp-page.ts';
import { renderPartnerPage } from './render-partner-page.ts';
import type { PageInput, ReportFile, ReportInput } from './report-input.ts';
import { groupsByIsp, linksByGroup, reportedIsps } from './reported-isps.ts';
import { youngLakeText } from './young-lake.ts';

const HTML = 'text/html; charset=utf-8';
/** ISP pages rendered at once; charts are CPU-bound, so a few suffice. */
const CONCURRENCY = 4;

/**
 * Renders the whole report of a run: `index.html`, `isp/<slug>.html` and
 * `partners/<slug>.html` per ISP, `accuracy.html`, the per-level CSV files, `forecasts.csv`, `forecasts.json`, `alerts.json`,
 * `data-quality.json` and `forecast-points/` (what later runs check
 * accuracy against). Pure apart from time: no I/O, no network; the caller
 * publishes the files (and writes `manifest.json`).
 *
 * @param input - the run's evaluations, series, summaries and data quality
 * @returns the files, paths relative to the run's report folder
 * @example
 * const files = await renderReport(input);
 * await publishReports(store, `reports/${asOf}`, files, manifest, 'reports/latest');
 */
export async function renderReport(input: ReportInput): Promise<ReportFile[]> {
  const pages = await renderIspPages(input);
  return [
    { path: 'index.html', body: renderIndex(input), contentType: HTML },
    ...pages,
    ...renderPartnerPages(input),
    {
      path: 'accuracy.html',
      body: await renderAccuracy(input),
      contentType: HTML,
    },
    ...renderDataFiles(input),
    ...forecastPointsFiles(buildForecastPoints(input)).map(renderNow),
  ];
}

/**
 * Renders the pack for each reported ISP's meeting
 * (`partners/<slug>.html`): its bundles without internal fields.
 *
 * @param input - the report input (evaluations and ISP summaries)
 * @returns one page per reported ISP
 * @example
 * const packs = renderPartnerPages(input);
 */
export function renderPartnerPages(input: ReportInput): ReportFile[] {
  return partnerPageRenderers(input).map(renderNow);
}

/**
 * `renderPartnerPages`' pages, each rendered only when asked.
 *
 * @param input - the report input (evaluations and ISP summaries)
 * @returns one page per reported ISP
 * @example
 * partnerPageRenderers(input)[0]?.path; // 'partners/<slug>.html'
 */
export function partnerPageRenderers(input: ReportInput): DeferredFile[] {
  const groups = groupsByIsp(input.evaluations);
  const links = linksByGroup(input.evaluations);
  return reportedIsps(input).map((isp) => ({
    path: `partners/${ispSlug(isp.isp)}.html`,
    pieces: () => [
      renderPartnerPage(
        isp,
        groups.get(isp.isp) ?? [],
        input.asOf,
        input.decisionLevel,
        links,
        input.scenario,
        lastTrafficDay(input.dataQuality, input.asOf),
        youngLakeText(input.dataQuality, input.asOf, 'Growth not forecast yet'),
      ),
    ],
    contentType: HTML,
  }));
}

/**
 * Renders the page of every ISP the input reports (`isp/<slug>.html`), a
 * few at once; a shard of a run renders its own ISPs' pages with this.
 *
 * @param input - the report input (the ISPs' evaluations and series)
 * @returns the pages in code point order of path, the manifest's order
 *   (architecture "Determinism")
 * @example
 * const pages = await renderIspPages(input);
 */
export async function renderIspPages(input: PageInput): Promise<ReportFile[]> {
  const key = (level: string, k: string) => `${level}\u0000${k}`;
  const series = new Map(input.series.map((s) => [key(s.level, s.key), s]));
  const pages: ReportFile[] = [];
  await forEachLimited(reportedIsps(input), CONCURRENCY, async (isp) => {
    const body = await renderIspPage(input, isp, (level, k) =>
      series.get(key(level, k)),
    );
    pages.push({
      path: `isp/${ispSlug(isp.isp)}.html`,
      body,
      contentType: HTML,
    });
  });
  return pages.sort((a, b) => compareCodePoints(a.path, b.path));
}
