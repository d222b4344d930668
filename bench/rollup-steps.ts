/**
 * Where the local rollup's time goes (`npx tsx bench/rollup-steps.ts`):
 * rolls up every day of the default sample in the batches `rollupLake`
 * makes, with the same SQL and the same partitioned write, and sums the
 * wall and CPU (user + sys) seconds of each step of a batch: the traffic
 * check, the stage's temporary table, each output's COPY and the moving
 * of its files into place with their markers. The one-query reference of
 * `bench/rollup.ts` runs first, in the same process, every aggregate
 * read (DuckDB drops the ones nobody reads).
 *
 * Run: npx tsx bench/rollup-steps.ts [--lake DIR --inventory DIR]
 *      [--memory 4GB]
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { writeLocalPartitions } from '#lib/adapters/local/duckdb-partition-writer';
import { DuckDbQueryEngine } from '#lib/adapters/local/duckdb-query-engine';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { DEFAULT_CONFIG } from '#lib/config';
import { loadInventory } from '#lib/pipeline/load-inventory';
import { rollupBatches } from '#lib/pipeline/rollup-batches';
import { rollupTag, rollupWrite } from '#lib/pipeline/rollup-write';
import { generateSample } from '#lib/sample/index';
import { benchArgs } from './bench-args.ts';
import { openRollupConnection } from './rollup-connection.ts';
import { clock, StepTimes } from './step-times.ts';

const { values } = benchArgs(import.meta.url, {
  options: {
    lake: { type: 'string' },
    inventory: { type: 'string' },
    memory: { type: 'string', default: '4GB' },
  },
});
if (!values.lake && !existsSync(join('data/sample', 'sample.json'))) {
  await generateSample({ out: 'data/sample' });
}
const lakeDir = values.lake ?? 'data/sample/lake';
const config = DEFAULT_CONFIG;
const spike = config.dataQuality.spikeFactor;
const { links } = await loadInventory(
  new FsObjectStore(values.inventory ?? 'data/sample/inventory'),
  config,
);
const options = { lakeDir, memoryLimit: values.memory };
const engine = await DuckDbQueryEngine.create(options);
const times = new StepTimes();
const load = loadavg()[0]!.toFixed(2);

await times.timed('reference (one query, link-level daily p95)', () =>
  engine.query(
    `SELECT count(*) AS n, sum(p95) AS total FROM (SELECT link_id, dt,
       approx_percentile(out_bps, 0.95) AS p95 FROM traffic GROUP BY 1, 2)`,
  ),
);
const tag = rollupTag(links, spike);
await times.timed('write the inventory (once)', () =>
  engine.writeInventory(
    links.map((l) => ({ ...l, capacityBps: l.capacityBps })),
  ),
);
const traffic = await times.timed('list the 3 tables (once)', async () => {
  await engine.describePartitions('series_daily');
  await engine.describePartitions('quality_daily');
  return engine.describePartitions('traffic');
});
const connection = await openRollupConnection(options);
// The batches `rollupLake` makes of every day, newest first.
const days = traffic.map((p) => p.dt).reverse();
const batches = rollupBatches({ engine, config }, days, traffic, days[0]!, tag);
for (const batch of batches) {
  await times.timed('check traffic files', () => engine.checkTraffic(batch));
  await writeTimed(batch);
}
connection.closeSync();
await engine.close();
report();

/**
 * One batch's partitioned write, each statement timed, and each gap
 * between statements (removing markers, placing an output's days).
 */
async function writeTimed(batch: readonly string[]) {
  const names = ['stage', 'quality COPY', 'series COPY', 'drop the stage'];
  const gaps = [
    'remove markers',
    '',
    'place quality days',
    'place series days',
  ];
  let statement = 0;
  let gap = clock();
  await writeLocalPartitions(
    lakeDir,
    { ...rollupWrite(batch, tag, spike), leftOut: {} },
    async (sql) => {
      if (gaps[statement]) times.add(gaps[statement]!, gap());
      const run = clock();
      const reader = await connection.runAndReadAll(sql);
      times.add(names[statement] ?? 'other', run());
      statement += 1;
      gap = clock();
      return reader.getRowObjectsJS() as Record<string, unknown>[];
    },
  );
}

function report() {
  console.log(
    [
      `lake: ${lakeDir}, ${traffic.length} days in ${batches.length} batches; ` +
        `load average ${load} at start, ${loadavg()[0]!.toFixed(2)} at end`,
      ...times.table(),
    ].join('\n'),
  );
}
