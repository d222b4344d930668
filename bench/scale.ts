/**
 * Fleet-scale benchmark (docs/architecture.md "Benchmarks"): builds a
 * rolled-up lake of N links × D days (series_daily and quality_daily
 * only, no raw traffic, generated with DuckDB SQL) and its links.csv, then
 * runs `headroom run` on it as a child process and prints the wall time,
 * the peak resident memory of the process (worker threads share it) and
 * the shards' times. With `--publish-shards K`, it also measures publish
 * alone on K shards' results fabricated from one real shard's
 * (bench/scale-publish.ts).
 *
 * Run: npm run bench:scale -- --links 10000 [--days 730] [--workers 2]
 *      [--publish-shards 75] [--keep]
 */

import { existsSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeRolledLake } from '#lib/sample/rolled-lake';
import { benchArgs, wholeOption } from './bench-args.ts';
import { measureChild } from './measure-child.ts';

const { values } = benchArgs(import.meta.url, {
  options: {
    links: { type: 'string', default: '10000' },
    days: { type: 'string', default: '730' },
    workers: { type: 'string', default: String(availableParallelism()) },
    'publish-shards': { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const url = import.meta.url;
const links = wholeOption(url, '--links', values.links, { min: 1 });
const days = wholeOption(url, '--days', values.days, { min: 1 });
// 0 runs the shards in the run's own thread, as `headroom run` allows.
const workers = wholeOption(url, '--workers', values.workers, { min: 0 });
const publishShards = wholeOption(
  url,
  '--publish-shards',
  values['publish-shards'],
  { min: 1 },
);
const END = '2026-11-26';
const dir = join(tmpdir(), `headroom-scale-${links}x${days}`);
const marker = join(dir, 'lake.done');

const load = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(' ');
if (!existsSync(marker)) {
  await rm(dir, { recursive: true, force: true });
  const began = performance.now();
  await writeRolledLake({ dir, links, days, end: END });
  await writeFile(marker, 'done\n');
  const s = ((performance.now() - began) / 1000).toFixed(1);
  console.log(`lake: ${links} links × ${days} days built in ${s} s`);
}
await rm(join(dir, 'out'), { recursive: true, force: true });
console.log(`load average before the run: ${load()}`);
const run = await measureChild(process.execPath, [
  'bin/headroom.js',
  'run',
  ...['--lake', join(dir, 'lake'), '--inventory', join(dir, 'inventory')],
  ...['--out', join(dir, 'out'), '--as-of', END],
  ...['--workers', String(workers)],
]);
const shardSeconds = [...run.stderr.matchAll(/shard=s\d+ seconds=([\d.]+)/g)]
  .map((m) => Number(m[1]))
  .filter((n) => n > 0);
const planned = /planned .*shards=(\d+) series=(\d+)/.exec(run.stderr);
console.log(
  `\nheadroom run, ${links} links × ${days} days, ${workers} workers: ` +
    `${run.seconds.toFixed(1)} s wall, ${run.cpuSeconds.toFixed(1)} CPU-s, ` +
    `peak RSS ${run.peakMb.toFixed(0)} MB ` +
    `(one process: main thread + worker threads), exit ${run.status}\n` +
    `shards: ${planned?.[1] ?? '?'} for ${planned?.[2] ?? '?'} series; ` +
    `slowest shard ${Math.max(0, ...shardSeconds).toFixed(1)} s; ` +
    `load average after: ${load()}`,
);
if (publishShards !== undefined) {
  for (const step of ['shard', 'publish']) {
    const child = await measureChild(process.execPath, [
      '--import',
      'tsx',
      'bench/scale-publish.ts',
      ...['--dir', dir, '--step', step, '--as-of', END],
      ...['--shards', String(publishShards)],
    ]);
    process.stdout.write(child.stdout);
  }
}
if (!values.keep) await rm(dir, { recursive: true, force: true });
process.exitCode = run.status ?? 1;
