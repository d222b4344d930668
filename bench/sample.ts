/**
 * Sample-generation benchmark: generates a sample (default size unless
 * `--links N --days D`) into a temporary folder and prints rows, seconds,
 * rows/s and peak RSS.
 *
 * Run: npx tsx bench/sample.ts [--links N] [--days D]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSample } from '#lib/sample/index';
import { benchArgs, wholeOption } from './bench-args.ts';

const { values } = benchArgs(import.meta.url, {
  options: {
    links: { type: 'string', default: '100' },
    days: { type: 'string', default: '430' },
  },
});
const links = wholeOption(import.meta.url, '--links', values.links, { min: 1 });
const days = wholeOption(import.meta.url, '--days', values.days, { min: 1 });
const out = await mkdtemp(join(tmpdir(), 'headroom-sample-bench-'));
try {
  const started = performance.now();
  const summary = await generateSample({
    out,
    links,
    days,
    seed: 1,
    end: '2026-11-25',
  });
  const seconds = (performance.now() - started) / 1000;
  const peakMiB = process.resourceUsage().maxRSS / 1024;
  console.log(
    [
      `sample: ${summary.links} links × ${days} days`,
      `rows: ${summary.rows}`,
      `seconds: ${seconds.toFixed(2)}`,
      `rows/s: ${Math.round(summary.rows / seconds)}`,
      `peak RSS: ${peakMiB.toFixed(0)} MiB`,
    ].join('\n'),
  );
} finally {
  await rm(out, { recursive: true, force: true });
}
