import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { CHART_SPEC } from './chart-spec.ts';
import type { ChartData } from './chart-types.ts';
import { escapeHtml } from './format.ts';

let runtime: vega.Runtime | undefined;

/** Compiles and parses the chart spec once per process. */
function chartRuntime(): vega.Runtime {
  if (runtime === undefined) {
    const spec = compile(CHART_SPEC as unknown as TopLevelSpec).spec;
    runtime = vega.parse(spec);
  }
  return runtime;
}

/**
 * Draws one chart to an inline SVG with Vega's headless renderer: no DOM,
 * no network, no fonts from elsewhere. The SVG gets a `<title>` and an
 * `aria-label`, and coordinates rounded to 0.1 px to keep pages small.
 *
 * @param data - the chart's datasets
 * @param title - what the chart shows, for screen readers and tooltips
 * @returns the SVG markup
 * @example
 * const svg = await renderChartSvg(buildChartData(s, e, asOf, 80), 'Acme');
 */
export async function renderChartSvg(
  data: ChartData,
  title: string,
): Promise<string> {
  const view = new vega.View(chartRuntime(), { renderer: 'none' });
  try {
    for (const [name, values] of Object.entries(data)) {
      view.data(name, values as object[]);
    }
    return tidySvg(await view.toSVG(), title);
  } finally {
    view.finalize();
  }
}

const round = (text: string): string =>
  text.replace(/-?\d+\.\d{2,}/g, (n) =>
    String(Math.round(Number(n) * 10) / 10),
  );

function tidySvg(svg: string, title: string): string {
  const label = escapeHtml(title);
  return svg
    .replace(/ (d|transform)="([^"]*)"/g, (_, a, v) => ` ${a}="${round(v)}"`)
    .replace(/^<svg /, `<svg role="img" aria-label="${label}" `)
    .replace(' class="marks"', ' class="chart"')
    .replace(/^(<svg[^>]*>)/, `$1<title>${label}</title>`);
}
