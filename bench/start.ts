/**
 * Benchmark of `npm start` on a fresh machine: generates the default sample
 * into an empty temporary folder and runs the whole pipeline on it, as a
 * child process, printing the wall time, and the CPU seconds and peak
 * memory it reports, with the load average before and after.
 *
 * Run: npx tsx bench/start.ts [--keep]
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchArgs } from './bench-args.ts';

const { values } = benchArgs(import.meta.url, {
  options: { keep: { type: 'boolean', default: false } },
});
const folder = await mkdtemp(join(tmpdir(), 'headroom-start-'));
const loadBefore = loadavg()[0]!.toFixed(1);
const began = performance.now();
const child = spawnSync(
  process.execPath,
  [
    '--import',
    'tsx',
    'lib/cli/start.ts',
    '--data',
    join(folder, 'sample'),
    '--out',
    join(folder, 'out'),
  ],
  { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
);
const seconds = (performance.now() - began) / 1000;
process.stdout.write(child.stdout);
const peak = /peak memory (\d+) MB/.exec(child.stdout)?.[1];
const cpu = /([\d.]+) CPU-s/.exec(child.stdout)?.[1];
console.log(
  `\nnpm start (fresh sample + full run): ${seconds.toFixed(1)} s wall, ` +
    `${cpu ?? '?'} CPU-s, peak memory ${peak ?? '?'} MB, exit ${child.status}` +
    `; load average ${loadBefore} at start, ${loadavg()[0]!.toFixed(1)} at end`,
);
if (!values.keep) await rm(folder, { recursive: true });
process.exitCode = child.status ?? 1;
