/**
 * `npx tsx bench/speed.ts [--series N]`: forecast N (default 10,000)
 * synthetic daily series of 730 points, horizon 365, levels 80/95, full
 * model selection, in this one process (one core); print series per second
 * and the peak resident memory. All forecasts are kept, as the pipeline does.
 */
import type { SeriesForecast } from '#lib/domain/forecast';
import { forecastSeries } from '#lib/forecast/index';
import { benchArgs, wholeOption } from './bench-args.ts';
import { synthetic } from './synthetic.ts';

const LENGTH = 730;
const HORIZON = 365;
const { values } = benchArgs(import.meta.url, {
  options: { series: { type: 'string', default: '10000' } },
});
const count = wholeOption(import.meta.url, '--series', values.series, {
  min: 1,
});

function run(): void {
  const results: SeriesForecast[] = [];
  let busy = 0;
  let cpu = 0;
  for (let i = 0; i < count; i += 1) {
    const values = synthetic(i + 1, LENGTH);
    const start = process.hrtime.bigint();
    const before = process.cpuUsage();
    results.push(
      forecastSeries(values, { horizon: HORIZON, levels: [80, 95] }),
    );
    const used = process.cpuUsage(before);
    cpu += (used.user + used.system) / 1e6;
    busy += Number(process.hrtime.bigint() - start) / 1e9;
  }
  const models = new Map<string, number>();
  for (const r of results) models.set(r.model, (models.get(r.model) ?? 0) + 1);
  const rssMb = process.resourceUsage().maxRSS / 1024;
  console.log(
    `${count} series × ${LENGTH} days, horizon ${HORIZON}, levels 80/95: ` +
      `${(count / busy).toFixed(1)} series/s wall-clock (${busy.toFixed(1)} s), ` +
      `${(count / cpu).toFixed(1)} series/s per core of CPU time (${cpu.toFixed(1)} s), ` +
      `peak RSS ${rssMb.toFixed(0)} MB`,
  );
  const top = [...models].sort((a, b) => b[1] - a[1]).slice(0, 5);
  console.log(
    `models chosen (top 5): ${top.map(([k, v]) => `${k} ${v}`).join(', ')}`,
  );
  console.log(
    'note: the 2 cores of this machine are shared, so figures are noisy.',
  );
}

run();
