import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { CHART_SPEC } from './chart-spec.ts';
import type { ChartData } from './chart-types.ts';
import { escapeHtml } from './format.ts';

const runtimes = new Map<object, vega.Runtime>();

/** Compiles and parses a spec once per process. */
function chartRuntime(spec: object): vega.Runtime {
  let runtime = runtimes.get(spec);
  if (runtime === undefined) {
    runtime = vega.parse(compile(spec as TopLevelSpec).spec);
    runtimes.set(spec, runtime);
  }
  return runtime;
}

/**
 * Draws one chart to an inline SVG with Vega's headless renderer: no DOM,
 * no network, no fonts from elsewhere. The SVG gets a `<title>` and an
 * `aria-label`, and coordinates rounded to 0.1 px to keep pages small.
 *
 * @param data - the chart's named datasets
 * @param title - what the chart shows, for screen readers and tooltips
 * @param spec - the Vega-Lite spec whose datasets `data` fills (the
 *   series chart by default)
 * @returns the SVG markup
 * @example
 * const svg = await renderChartSvg(buildChartData(s, e, asOf, 80), 'Acme');
 */
export async function renderChartSvg(
  data: ChartData | Readonly<Record<string, readonly object[]>>,
  title: string,
  spec: object = CHART_SPEC,
): Promise<string> {
  const view = new vega.View(chartRuntime(spec), { renderer: 'none' });
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
