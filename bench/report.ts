/**
 * Report benchmark: renders a synthetic report (fixture-like sample of
 * ~100 links: 25 ISPs × 4 groups; and 1,000 groups: 200 ISPs × 5), prints
 * render time, file count and sizes, and, with Chromium present, the time
 * to open index.html and the largest ISP page from disk.
 *
 * Run: npx tsx bench/report.ts [--sizes 25x4,200x5] [--browser]
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { renderReport } from '#lib/report/render-report';
import type { ReportFile } from '#lib/report/report-input';
import { syntheticInput } from '../test/fixtures/report/synthetic-input.ts';
import { benchArgs } from './bench-args.ts';

const { values } = benchArgs(import.meta.url, {
  options: {
    sizes: { type: 'string', default: '25x4,200x5' },
    browser: { type: 'boolean', default: false },
  },
});
const kb = (n: number) => `${(n / 1024).toFixed(0)} KiB`;

async function openTimes(files: ReportFile[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'headroom-report-bench-'));
  const profile = await mkdtemp(join(tmpdir(), 'headroom-chromium-'));
  for (const f of files) {
    await mkdir(dirname(join(dir, f.path)), { recursive: true });
    await writeFile(join(dir, f.path), f.body);
  }
  const largest = files
    .filter((f) => f.path.startsWith('isp/'))
    .sort((a, b) => b.body.length - a.body.length)[0]!;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  try {
    const page = await context.newPage();
    // Warm the renderer process up, so the figure is the page's own.
    await page.goto('about:blank');
    const times: string[] = [];
    for (const path of ['index.html', largest.path]) {
      await page.goto(`file://${join(dir, path)}`, { waitUntil: 'load' });
      // Navigation start to the end of the load event, as the page saw it.
      const loaded: number = await page.evaluate(
        'performance.getEntriesByType("navigation")[0].loadEventEnd',
      );
      times.push(`${path} ${loaded.toFixed(0)} ms`);
    }
    return times.join(', ');
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
    await rm(profile, { recursive: true, force: true });
  }
}

for (const size of values.sizes.split(',')) {
  const [isps, groups] = size.split('x').map(Number) as [number, number];
  const input = syntheticInput(isps, groups);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const files = await renderReport(input);
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  const total = files.reduce((s, f) => s + Buffer.byteLength(f.body), 0);
  const pages = files.filter((f) => f.path.startsWith('isp/'));
  const charts = input.series.length;
  const index = files.find((f) => f.path === 'index.html')!;
  const maxPage = Math.max(...pages.map((f) => f.body.length));
  console.log(
    `${isps} ISPs × ${groups} groups (${isps * groups} groups, ${charts} charts): ` +
      `render ${seconds.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU ` +
      `(${((cpuSeconds * 1000) / charts).toFixed(1)} ms CPU/chart), ` +
      `${files.length} files, ${kb(total)} total, index.html ${kb(index.body.length)}, ` +
      `largest ISP page ${kb(maxPage)}, forecasts.csv ${kb(files.find((f) => f.path === 'forecasts.csv')!.body.length)}`,
  );
  if (values.browser && existsSync('/usr/bin/chromium')) {
    console.log(`  open from disk: ${await openTimes(files)}`);
  }
}
