/**
 * Where one batch of the local rollup spends its CPU, query by query and
 * operator by operator (`npx tsx bench/rollup-profile.ts`): DuckDB's
 * profiler (`enable_profiling = 'json'`) on the one-query reference of
 * `bench/rollup.ts` over the batch's days, the stage, and the quality and
 * series COPYs of one batch of `rollupLake`'s (by default the second
 * newest, 31 days of the default sample), as `writeLocalPartitions` runs
 * them, into a scratch folder of its own at the lake's root (`makeScratch`,
 * removed at the end). Each query runs `--runs` times; the run of least
 * CPU is shown, with its costliest operators (their summed thread time).
 *
 * Run: npx tsx bench/rollup-profile.ts [--lake DIR --inventory DIR]
 *      [--batch 1] [--runs 5] [--top 12]
 */
import { readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { DuckDbQueryEngine } from '#lib/adapters/local/duckdb-query-engine';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { dropScratch, makeScratch } from '#lib/adapters/local/scratch';
import { DEFAULT_CONFIG } from '#lib/config';
import { loadInventory } from '#lib/pipeline/load-inventory';
import { rollupBatches } from '#lib/pipeline/rollup-batches';
import { rollupTag, rollupWrite } from '#lib/pipeline/rollup-write';
import { dayList } from '#lib/sql/day-list';
import { sqlString } from '#lib/sql/sql-literals';
import { benchArgs, wholeOption } from './bench-args.ts';
import { openRollupConnection } from './rollup-connection.ts';
import { clock } from './step-times.ts';

const url = import.meta.url;
const { values } = benchArgs(url, {
  options: {
    lake: { type: 'string' },
    inventory: { type: 'string' },
    batch: { type: 'string', default: '1' },
    runs: { type: 'string', default: '5' },
    top: { type: 'string', default: '12' },
  },
});
const runs = wholeOption(url, '--runs', values.runs, { min: 1 });
const top = wholeOption(url, '--top', values.top, { min: 1 });
const at = wholeOption(url, '--batch', values.batch, { min: 0 });
const lakeDir = values.lake ?? 'data/sample/lake';
const { links } = await loadInventory(
  new FsObjectStore(values.inventory ?? 'data/sample/inventory'),
  DEFAULT_CONFIG,
);
const engine = await DuckDbQueryEngine.create({ lakeDir });
await engine.writeInventory(links);
const traffic = await engine.describePartitions('traffic');
const connection = await openRollupConnection({ lakeDir });
const spike = DEFAULT_CONFIG.dataQuality.spikeFactor;
const tag = rollupTag(links, spike);
const days = traffic.map((p) => p.dt).reverse();
const deps = { engine, config: DEFAULT_CONFIG };
const batch = rollupBatches(deps, days, traffic, days[0]!, tag)[at]!;
const write = rollupWrite(batch, tag, spike);
const entry = await makeScratch(lakeDir);
const scratch = join(entry, 'profile');
const copy = (select: string) =>
  `COPY (${select}) TO ${sqlString(scratch)} (FORMAT parquet, ` +
  'PARTITION_BY (dt), COMPRESSION zstd, RETURN_STATS)';
const queries: [string, string][] = [
  [
    'reference',
    `SELECT count(*) AS n, sum(p95) AS total FROM (SELECT link_id, dt,
       approx_percentile(out_bps, 0.95) AS p95 FROM traffic
       WHERE dt IN (${dayList(batch)}) GROUP BY 1, 2)`,
  ],
  ['stage', `CREATE OR REPLACE TEMP TABLE rollup_stamps AS ${write.stage}`],
  ...write.outputs.map((o): [string, string] => [o.table, copy(o.select)]),
];
const profile = join(entry, 'profile.json');
const best = new Map<string, { cpu: number; wall: number; plan: Plan }>();
try {
  await connection.run("SET enable_profiling = 'json'");
  await connection.run(`SET profiling_output = ${sqlString(profile)}`);
  await connection.run("SET profiling_mode = 'detailed'");
  await connection.run('SET enable_profiling = no_output');
  for (let run = 0; run < runs; run += 1) await profileAll();
} finally {
  await dropScratch(entry);
}
connection.closeSync();
await engine.close();
report();

/** Runs each query once, keeping each one's run of least CPU. */
async function profileAll() {
  for (const [name, sql] of queries) {
    rmSync(scratch, { recursive: true, force: true });
    await connection.run("SET enable_profiling = 'json'");
    const stop = clock();
    await connection.run(sql);
    const spent = stop();
    await connection.run('SET enable_profiling = no_output');
    const plan = JSON.parse(readFileSync(profile, 'utf8')) as Plan;
    const seen = best.get(name);
    if (!seen || spent.cpu < seen.cpu) best.set(name, { ...spent, plan });
  }
}

/** A node of DuckDB's JSON profile. */
interface Plan {
  readonly operator_name?: string;
  readonly operator_timing?: number;
  readonly operator_cardinality?: number;
  readonly extra_info?: Record<string, unknown>;
  readonly children?: readonly Plan[];
}

/** Every operator of a profile, with its path of parents' names. */
function operators(plan: Plan, depth = 0): { plan: Plan; depth: number }[] {
  const own = plan.operator_name ? [{ plan, depth }] : [];
  return [
    ...own,
    ...(plan.children ?? []).flatMap((c) => operators(c, depth + 1)),
  ];
}

function report() {
  const ref = best.get('reference')!;
  const lines = [
    `lake: ${lakeDir}, batch ${at}: ${batch.length} days ` +
      `(${batch.at(-1)} … ${batch[0]}), min CPU of ${runs} runs; ` +
      `load average ${loadavg()[0]!.toFixed(2)} at end`,
  ];
  for (const [name, { cpu, wall, plan }] of best) {
    lines.push(
      `\n${name}: ${wall.toFixed(3)} s wall, ${cpu.toFixed(3)} CPU-s ` +
        `(${(cpu / ref.cpu).toFixed(2)}× the reference's)`,
    );
    const time = (o: { plan: Plan }) => o.plan.operator_timing ?? 0;
    const ops = operators(plan)
      .sort((a, b) => time(b) - time(a))
      .slice(0, top);
    for (const { plan: op, depth } of ops)
      lines.push(`  ${describe(op, depth)}`);
  }
  console.log(lines.join('\n'));
}

function describe(op: Plan, depth: number): string {
  const info = JSON.stringify(op.extra_info ?? {}).slice(0, 110);
  return (
    `${(op.operator_timing ?? 0).toFixed(3)} s  ${op.operator_name} ` +
    `(depth ${depth}, ${op.operator_cardinality} rows) ${info}`
  );
}
