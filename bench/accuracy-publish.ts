/**
 * What the accuracy page costs the shards' results and publish at fleet
 * size, on synthetic compared points, in two steps, each its own process
 * so that each peak memory is its own:
 *
 * - `--step shards`: for each of `--shards K` shards, makes `--runs R`
 *   past runs' forecast points of its charted series (ISPs of five
 *   groups, `--series N` series in all) and their actuals, compares them
 *   (`computeAccuracy`, as `shardAccuracy` does), and writes the shard's
 *   result.json with that accuracy (and no evaluations): its size.
 * - `--step publish`: merges the K results (`mergeShards`, as publish
 *   does) and renders accuracy.html in pieces (`accuracyPieces`, as
 *   publish streams it), hashing it: time, peak RSS, the page's size and
 *   SHA-256.
 *
 * Run: npx tsx bench/accuracy-publish.ts --dir DIR --step shards|publish
 *      [--series 34200] [--runs 100] [--shards 19]
 */
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { addDays } from '#lib/domain/dates';
import type { DailySeries } from '#lib/domain/series';
import { mergeShards } from '#lib/pipeline/merge-shards';
import { runKeys, writeRunJson } from '#lib/pipeline/run-files';
import type { ShardResult } from '#lib/pipeline/shard-result';
import { computeAccuracy } from '#lib/report/accuracy';
import { tallyAccuracy } from '#lib/report/accuracy-tally';
import type {
  ForecastPointsSeries,
  PastForecastPoints,
} from '#lib/report/forecast-points';
import { accuracyChart, accuracyPieces } from '#lib/report/render-accuracy';
import { fixtureInput } from '../test/fixtures/report/report-input.ts';
import { syntheticPoints } from './synthetic.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    step: { type: 'string', default: 'shards' },
    series: { type: 'string', default: '34200' },
    runs: { type: 'string', default: '100' },
    shards: { type: 'string', default: '19' },
  },
});
const AS_OF = '2026-11-26';
const RUN = 'bench-accuracy';
const PER_ISP = 6; // the ISP and its five groups
const runs = Number(values.runs);
const isps = Math.ceil(Number(values.series) / PER_ISP);
const shardCount = Number(values.shards);
const perShard = Math.ceil(isps / shardCount);
const store = new FsObjectStore(values.dir!);
const keys = runKeys(RUN);
const names = Array.from(
  { length: shardCount },
  (_, i) => `s${String(i + 1).padStart(4, '0')}`,
);
const peakMb = () => (process.resourceUsage().maxRSS / 1024).toFixed(0);
const began = performance.now();
const seconds = () => ((performance.now() - began) / 1000).toFixed(1);

/** A deterministic generator per shard, so both versions see one input. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A shard's charted series: its ISPs and their groups. */
function seriesOf(shard: number) {
  const out: { level: 'isp' | 'group'; key: string; isp: string }[] = [];
  for (
    let i = shard * perShard;
    i < Math.min(isps, (shard + 1) * perShard);
    i++
  ) {
    const isp = `ISP ${String(i).padStart(6, '0')}`;
    out.push({ level: 'isp', key: isp, isp });
    for (let g = 0; g < PER_ISP - 1; g++) {
      out.push({ level: 'group', key: `${isp}/S${g}/pni`, isp });
    }
  }
  return out;
}

/** Daily runs up to 91 days before the as-of date, and the actuals. */
function compared(shard: number) {
  const next = random(shard + 1);
  const series = seriesOf(shard);
  const start = addDays(AS_OF, -(runs + 91));
  const days = runs + 91;
  const actuals: DailySeries[] = series.map((s) => ({
    ...s,
    start,
    values: Array.from({ length: days }, () => 1e9 * (1 + next())),
    capacity: [],
  }));
  const past: PastForecastPoints[] = Array.from({ length: runs }, (_, r) => {
    const asOf = addDays(AS_OF, -91 - r);
    return {
      runId: asOf,
      asOf,
      decisionLevel: 80,
      series: series.map(
        (s): ForecastPointsSeries => ({
          ...s,
          points: syntheticPoints(
            asOf,
            () => 1e9 * (1 + next()) * (0.8 + 0.4 * next()),
          ),
        }),
      ),
    };
  });
  return computeAccuracy(past, actuals);
}

if (values.step === 'shards') {
  let bytes = 0;
  let rows = 0;
  for (const [i, shard] of names.entries()) {
    const accuracy = compared(i);
    rows += accuracy.length;
    const result: ShardResult = {
      runId: RUN,
      shard,
      series: 0,
      evaluations: [],
      isps: [],
      accuracy: tallyAccuracy(accuracy),
      points: [],
      notes: [],
      stale: [],
      pages: [],
      split: [],
    };
    await writeRunJson(store, keys.result(shard), result);
    bytes += (await stat(join(values.dir!, keys.result(shard)))).size;
  }
  console.log(
    `${shardCount} shards, ${rows} compared points: result.json files ` +
      `${(bytes / 1e6).toFixed(1)} MB in all, ` +
      `${(bytes / shardCount / 1e6).toFixed(2)} MB each; ${seconds()} s, ` +
      `peak RSS ${peakMb()} MB`,
  );
} else {
  const list = names.map((shard) => ({ shard, series: 0 }));
  const merged = await mergeShards(store, RUN, list);
  const input = fixtureInput({
    evaluations: [],
    isps: [],
    series: [],
    accuracy: merged.accuracy,
  });
  const hash = createHash('sha256');
  let bytes = 0;
  for (const piece of accuracyPieces(input, await accuracyChart(input))) {
    hash.update(piece);
    bytes += Buffer.byteLength(piece);
  }
  console.log(
    `publish's accuracy page from ${shardCount} shards: ${seconds()} s, ` +
      `peak RSS ${peakMb()} MB; accuracy.html ${(bytes / 1e6).toFixed(1)} MB, ` +
      `sha256 ${hash.digest('hex')}`,
  );
}
