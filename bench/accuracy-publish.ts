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
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { mergeShards } from '#lib/pipeline/merge-shards';
import { runKeys, writeRunJson } from '#lib/pipeline/run-files';
import type { ShardResult } from '#lib/pipeline/shard-result';
import { tallyAccuracy } from '#lib/report/accuracy-tally';
import { accuracyChart, accuracyPieces } from '#lib/report/render-accuracy';
import { fixtureInput } from '../test/fixtures/report/report-input.ts';
import { benchArgs, wholeOption } from './bench-args.ts';
import { PER_ISP, syntheticShardAccuracy } from './synthetic-shard-accuracy.ts';

const { values } = benchArgs(import.meta.url, {
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
const url = import.meta.url;
const runs = wholeOption(url, '--runs', values.runs, { min: 1 });
const series = wholeOption(url, '--series', values.series, { min: 1 });
const shardCount = wholeOption(url, '--shards', values.shards, { min: 1 });
const isps = Math.ceil(series / PER_ISP);
const perShard = Math.ceil(isps / shardCount);
const layout = { asOf: AS_OF, runs, isps, perShard };
const store = new FsObjectStore(values.dir!);
const keys = runKeys(RUN);
const names = Array.from(
  { length: shardCount },
  (_, i) => `s${String(i + 1).padStart(4, '0')}`,
);
const peakMb = () => (process.resourceUsage().maxRSS / 1024).toFixed(0);
const began = performance.now();
const seconds = () => ((performance.now() - began) / 1000).toFixed(1);

if (values.step === 'shards') {
  let bytes = 0;
  let rows = 0;
  for (const [i, shard] of names.entries()) {
    const accuracy = syntheticShardAccuracy(i, layout);
    rows += accuracy.length;
    const result: ShardResult = {
      runId: RUN,
      shard,
      series: 0,
      evaluations: [],
      isps: [],
      // The synthetic points' decision level and the page's (fixtureInput).
      accuracy: tallyAccuracy(accuracy, 80),
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
