/**
 * The backtest split as the backtest state machine runs it (plan, one
 * step per batch, merge), each step in a process of its own as a Lambda
 * would run it, on a rolled-up lake of N links × D days (built with
 * `writeRolledLake` when missing, as `bench:scale` does): prints each
 * step's wall time, CPU time and peak resident memory, the slowest batch,
 * the result's size and scores (docs/architecture.md "The decision
 * backtest"). Locally the query engine is DuckDB in each step's process,
 * where a Lambda has Athena.
 *
 * `--batches K` replays the first K batches only, and no merge.
 *
 * Run: npx tsx bench/backtest-split.ts [--links 10000] [--days 730]
 *        [--batch-groups 200] [--batches K]
 *      (internal: --step plan|batch|merge --dir DIR [--batch b0001])
 */
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BACKTEST_KEY } from '#lib/domain/backtest';
import { backtestKeys } from '#lib/pipeline/backtest-files';
import { mergeBacktest } from '#lib/pipeline/merge-backtest';
import {
  BACKTEST_EVENT_NAMES,
  planBacktestBatches,
} from '#lib/pipeline/plan-backtest-batches';
import { replayBacktestBatch } from '#lib/pipeline/replay-backtest-batch';
import { writeRolledLake } from '#lib/sample/rolled-lake';
import { buildLocalDeps } from '#lib/wiring/local';
import { readConfigFile } from '#lib/wiring/read-config-file';
import {
  load,
  print,
  printBatches,
  printResult,
  printUnload,
} from './backtest-split-print.ts';
import { benchArgs, wholeOption } from './bench-args.ts';
import { type ChildMeasure, measureChild } from './measure-child.ts';

const { values } = benchArgs(import.meta.url, {
  options: {
    links: { type: 'string', default: '10000' },
    days: { type: 'string', default: '730' },
    step: { type: 'string' },
    dir: { type: 'string' },
    batch: { type: 'string' },
    'batch-groups': { type: 'string', default: '200' },
    batches: { type: 'string' },
  },
});
const url = import.meta.url;
const links = wholeOption(url, '--links', values.links, { min: 1 });
const days = wholeOption(url, '--days', values.days, { min: 1 });
const batchGroups = wholeOption(url, '--batch-groups', values['batch-groups'], {
  min: 1,
});
const batches = wholeOption(url, '--batches', values.batches, { min: 1 });
const ID = 'backtest-0123456789abcdef';
const END = '2026-11-26';

if (values.step) await runStep(values.step, values.dir!, values.batch);
else await main();

/** One step in this process, as its Lambda would run it. */
async function runStep(step: string, dir: string, batch?: string) {
  const deps = await buildLocalDeps({
    lake: join(dir, 'lake'),
    inventory: join(dir, 'inventory'),
    out: join(dir, 'split-out'),
    config: await readConfigFile(undefined),
    quiet: true,
  });
  try {
    if (step === 'plan') {
      await planBacktestBatches(
        deps,
        { backtestId: ID, given: {}, batchGroups },
        BACKTEST_EVENT_NAMES,
      );
    } else if (step === 'batch') {
      await replayBacktestBatch(deps, { backtestId: ID, batch: batch! });
    } else {
      await mergeBacktest(deps, { backtestId: ID });
    }
  } finally {
    await deps.engine.close();
  }
}

async function main() {
  const dir = join(tmpdir(), `headroom-scale-${links}x${days}`);
  await ensureLake(dir, links, days);
  await rm(join(dir, 'split-out'), { recursive: true, force: true });
  console.log(`${links} links × ${days} days; load ${load()}`);
  const step = stepIn(dir);
  print('plan', await step('plan'));
  await printUnload(join(dir, 'lake', backtestKeys(ID).series.prefix));
  const out = join(dir, 'split-out');
  const list = JSON.parse(
    await readFile(join(out, backtestKeys(ID).batchList), 'utf8'),
  ) as { batch: string }[];
  const measured: ChildMeasure[] = [];
  const only = batches ?? list.length;
  for (const { batch } of list.slice(0, only)) {
    measured.push(await step('batch', batch));
  }
  printBatches(measured, list.length);
  await rm(join(dir, 'lake', backtestKeys(ID).root), { recursive: true });
  if (only < list.length) return;
  print('merge', await step('merge'));
  await printResult(join(out, BACKTEST_KEY));
}

/** The rolled-up lake of `links` × `days` in `dir`, built when missing. */
async function ensureLake(dir: string, links: number, days: number) {
  if (!existsSync(join(dir, 'lake.done'))) {
    await rm(dir, { recursive: true, force: true });
    await writeRolledLake({ dir, links, days, end: END });
    await writeFile(join(dir, 'lake.done'), 'done\n');
  }
}

/** Runs a step on `dir` in a child process; throws with its stderr. */
function stepIn(dir: string) {
  return (name: string, batch?: string) =>
    measureChild(process.execPath, [
      ...['--import', 'tsx', 'bench/backtest-split.ts'],
      ...['--step', name, '--dir', dir, ...(batch ? ['--batch', batch] : [])],
      ...['--batch-groups', String(batchGroups)],
    ]).then((m) => {
      if (m.status !== 0)
        throw new Error(`${name} ${batch ?? ''}: ${m.stderr}`);
      return m;
    });
}
