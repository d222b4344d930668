/**
 * Publish's peak memory with a fleet's decision backtest in the report
 * store (docs/architecture.md "The decision backtest"): a small run (40
 * links) is planned and sharded once, then published in a process of its
 * own, sampled from /proc, with in `state/` no backtest, a FABRICATED
 * backtest of `--links` links (a group of 4 links, 10 as-of dates: 6 %
 * true positives, 8 % alerts without a crossing, 4 % crossings without an
 * alert, 2 % open) as `headroom backtest` writes it now (whole result,
 * then its summary with every miss), and the same with `backtest.json` alone (a store
 * written before summaries). What publish holds besides the backtest is
 * the small run's, so the differences are the backtest's.
 *
 * Run: npx tsx bench/backtest-publish.ts [--links 100000]
 *      (internal: --step publish --dir DIR: publish alone, in whatever
 *      checkout runs it, e.g. an older one's against the same DIR)
 */
import { existsSync } from 'node:fs';
import { rm, stat, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '#lib/config';
import { publishRun } from '#lib/pipeline/publish-run';
import { buildLocalDeps } from '#lib/wiring/local';
import { benchArgs, wholeOption } from './bench-args.ts';
import { measureChild } from './measure-child.ts';

const { values } = benchArgs(import.meta.url, {
  options: {
    links: { type: 'string', default: '100000' },
    step: { type: 'string' },
    dir: { type: 'string' },
  },
});
// A group is 4 links (bench/backtest-publish-fleet.ts): fewer make none.
const links = wholeOption(import.meta.url, '--links', values.links, { min: 4 });
const RUN = 'bench-backtest-publish';
const AS_OF = '2026-11-26';
const quiet = { info() {}, warn() {}, error() {} };
const depsOf = (dir: string) =>
  buildLocalDeps({
    lake: join(dir, 'lake'),
    inventory: join(dir, 'inventory'),
    out: join(dir, 'out'),
    config: DEFAULT_CONFIG,
    log: quiet,
    quiet: true,
  });

if (values.step === 'publish') await publishStep(values.dir!);
else await main();

async function publishStep(dir: string) {
  const deps = await depsOf(dir);
  await publishRun(deps, { runId: RUN });
  await deps.engine.close();
}

async function main() {
  const dir = join(tmpdir(), 'headroom-backtest-publish');
  if (!existsSync(join(dir, 'run.done'))) await prepareRun(dir);
  const { writeFleetBacktest } = await import('./backtest-publish-fleet.ts');
  console.log(`load ${load()}`);
  const publish = async (label: string) => {
    const m = await measureChild(process.execPath, [
      ...['--import', 'tsx', 'bench/backtest-publish.ts'],
      ...['--step', 'publish', '--dir', dir],
    ]);
    if (m.status !== 0) throw new Error(`publish: ${m.stderr}`);
    console.log(
      `publish, ${label}: ${m.seconds.toFixed(1)} s wall, ` +
        `${m.cpuSeconds.toFixed(1)} CPU-s, peak RSS ${m.peakMb.toFixed(0)} MB`,
    );
  };
  const out = join(dir, 'out');
  await writeFleetBacktest(out, links, 'none');
  await publish('no backtest');
  const sizes = await writeFleetBacktest(out, links, 'summary');
  console.log(sizes);
  await publish('summary with every miss (this version)');
  await writeFleetBacktest(out, links, 'legacy');
  await publish('backtest.json alone (a store written before summaries)');
  const page = join(out, 'reports', AS_OF, 'accuracy.html');
  console.log(`accuracy.html ${mb((await stat(page)).size)}; load ${load()}`);
}

/** A run of 40 links, planned and sharded, ready to publish. */
async function prepareRun(dir: string) {
  const { writeRolledLake } = await import('#lib/sample/rolled-lake');
  const { rollupStage } = await import('#lib/pipeline/rollup-stage');
  const { planRun } = await import('#lib/pipeline/plan-run');
  const { readRunJson } = await import('#lib/pipeline/run-files');
  const { inProcessShards } = await import('#lib/pipeline/run-shards');
  await rm(dir, { recursive: true, force: true });
  await writeRolledLake({ dir, links: 40, days: 400, end: AS_OF });
  const deps = await depsOf(dir);
  await rollupStage(deps, { asOf: AS_OF });
  const plan = await planRun(deps, { asOf: AS_OF, runId: RUN });
  const shards = await readRunJson<{ shard: string; series: number }[]>(
    deps.reports,
    plan.shardListKey,
  );
  await inProcessShards(deps)(plan, shards);
  await deps.engine.close();
  await writeFile(join(dir, 'run.done'), 'done\n');
}

function mb(bytes: number) {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

function load() {
  return loadavg()
    .map((n) => n.toFixed(1))
    .join(' ');
}
