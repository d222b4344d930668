/**
 * What one shard reads of earlier runs' forecast points for the accuracy
 * page, at fleet size: the points of `--runs R` daily runs of
 * `--series N` charted series (ISPs of six series) are published two
 * ways, each run whole (`forecast-points.json`, as before the points were
 * cut, and as a run published then is still read) and cut by ISP
 * (`forecast-points/`, `forecastPointsFiles`); then a shard of
 * `--shard-series M` series in the middle of the ISP range finds the
 * published runs (`pastReports`) and reads its points
 * (`readPastPoints`), each layout in its own process, alternated over
 * `--rounds`: wall, CPU, peak RSS, bytes and files read.
 *
 * Run: npx tsx bench/past-points.ts --dir DIR [--series 34200]
 *      [--runs 100] [--shard-series 2000] [--rounds 2]
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { addDays } from '#lib/domain/dates';
import { pastReports, readPastPoints } from '#lib/pipeline/past-points';
import type { ObjectStore } from '#lib/ports/object-store';
import { benchArgs, wholeOption } from './bench-args.ts';
import { measureChild } from './measure-child.ts';
import { ispSeries, makePastRuns, PER_ISP } from './past-points-runs.ts';

const { values } = benchArgs(import.meta.url, {
  options: {
    dir: { type: 'string' },
    step: { type: 'string' },
    layout: { type: 'string' },
    series: { type: 'string', default: '34200' },
    runs: { type: 'string', default: '100' },
    'shard-series': { type: 'string', default: '2000' },
    rounds: { type: 'string', default: '2' },
  },
});
const AS_OF = '2026-11-26';
const url = import.meta.url;
const runs = wholeOption(url, '--runs', values.runs, { min: 1 });
const series = wholeOption(url, '--series', values.series, { min: 1 });
const shardSeries = wholeOption(url, '--shard-series', values['shard-series'], {
  min: 1,
});
const rounds = wholeOption(url, '--rounds', values.rounds, { min: 1 });
const isps = Math.ceil(series / PER_ISP);
const root = (layout: string) => join(values.dir!, layout);

/** One shard's read, in this process; prints its figures as JSON. */
async function read(layout: string): Promise<void> {
  const store = new FsObjectStore(root(layout));
  let bytes = 0;
  let files = 0;
  const counting: ObjectStore = Object.create(store, {
    get: {
      value: async (key: string) => {
        const body = await store.get(key);
        bytes += body?.byteLength ?? 0;
        files += body ? 1 : 0;
        return body;
      },
    },
  });
  const log = { info() {}, warn() {}, error() {} };
  const first = Math.floor(isps / 2);
  const count = Math.ceil(shardSeries / PER_ISP);
  const mine = Array.from({ length: count }, (_, i) =>
    ispSeries(first + i),
  ).flat();
  const began = performance.now();
  const window = { from: addDays(AS_OF, -730), to: AS_OF };
  const days = await pastReports(counting, window);
  const listed = performance.now();
  const past = await readPastPoints({ reports: counting, log }, days, mine);
  const kept = past.reduce((n, run) => n + run.series.length, 0);
  const seconds = (performance.now() - began) / 1000;
  const listSeconds = (listed - began) / 1000;
  console.log(JSON.stringify({ seconds, listSeconds, bytes, files, kept }));
}

async function main(): Promise<void> {
  if (!values.dir) throw new Error('--dir DIR is required');
  if (values.step === 'read') return read(values.layout!);
  await publishRuns();
  console.log('layout  wall s  list s  CPU s  peak MB  read MB  files  kept');
  for (let round = 0; round < rounds; round += 1) {
    for (const layout of round % 2 ? ['parts', 'whole'] : ['whole', 'parts']) {
      await measureRead(layout);
    }
  }
}

/** Publishes the runs both ways, unless they are in `--dir` already. */
async function publishRuns(): Promise<void> {
  if (existsSync(root('parts'))) return;
  const began = performance.now();
  await makePastRuns({
    roots: { whole: root('whole'), parts: root('parts') },
    asOf: AS_OF,
    runs,
    isps,
  });
  const took = ((performance.now() - began) / 1000).toFixed(1);
  console.log(
    `published ${runs} runs of ${isps * PER_ISP} series both ways in ${took} s`,
  );
}

/** One shard's read of `layout` in a process of its own; prints its row. */
async function measureRead(layout: string): Promise<void> {
  const self = process.argv[1]!;
  const args = process.argv.slice(2);
  const m = await measureChild(process.execPath, [
    '--import',
    'tsx',
    self,
    ...args,
    '--step',
    'read',
    '--layout',
    layout,
  ]);
  if (m.status !== 0) throw new Error(`read ${layout} failed: ${m.stderr}`);
  const r = JSON.parse(m.stdout.trim().split('\n').at(-1)!);
  console.log(
    [
      layout.padEnd(6),
      r.seconds.toFixed(2).padStart(6),
      r.listSeconds.toFixed(2).padStart(6),
      m.cpuSeconds.toFixed(1).padStart(5),
      m.peakMb.toFixed(0).padStart(7),
      (r.bytes / 1e6).toFixed(1).padStart(7),
      String(r.files).padStart(6),
      String(r.kept).padStart(6),
    ].join('  '),
  );
}

await main();
