/**
 * What a shard reads of the run's data-quality report for its ISP pages
 * (docs/architecture.md "The plan's memory"): `quality.json` whole, as
 * shards did (`readRunQuality`), against the pages' fields from
 * `plan.json` (`readPageQuality`), which a shard reads anyway. Writes a
 * plan and a `quality.json` holding the rows, as plans did then, of
 * `--links` links with `--kinds` kinds of problem each
 * (`bench/quality-fixture.ts`) into a temporary report store, then reads
 * them in a fresh
 * process per variant, `--runs` times alternated, each after
 * `readRunPlan`, and prints the read's time, the heap it holds once read
 * (collected first: node's `--expose-gc` is passed to the children) and
 * the child's peak RSS over its RSS before the read.
 *
 * Run: npx tsx bench/shard-quality.ts [--links 10000] [--kinds 4] [--runs 3]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import {
  readPageQuality,
  readRunPlan,
  readRunQuality,
} from '#lib/pipeline/read-run-plan';
import { benchArgs } from './bench-args.ts';
import { measureStep, runChildren } from './quality-child.ts';
import { writeQualityRun } from './quality-fixture.ts';

const { values } = benchArgs(import.meta.url, {
  options: {
    links: { type: 'string', default: '10000' },
    kinds: { type: 'string', default: '4' },
    runs: { type: 'string', default: '3' },
    // Internal: a child reading one variant from a store.
    read: { type: 'string' },
    store: { type: 'string' },
  },
});
/** The run of `quality.json` holding the rows. */
const RUN_ID = 'whole';
const MB = 1024 * 1024;

if (values.read) await readOnce(values.store!, values.read);
else await compare(Number(values.links), Number(values.kinds));

/** A child: reads the plan, then one variant, and prints its figures. */
async function readOnce(dir: string, variant: string): Promise<void> {
  const store = new FsObjectStore(dir);
  const plan = await readRunPlan(store, RUN_ID);
  const { value, ms, heldMb, peakRssOverMb } = await measureStep(() =>
    variant === 'whole'
      ? readRunQuality(store, plan)
      : readPageQuality(store, plan),
  );
  console.log(
    JSON.stringify({
      variant,
      ms,
      heldMb,
      peakRssOverMb,
      missingDays: value.missingDays.length,
    }),
  );
}

/** Writes the files, then runs each variant in turn, `--runs` times. */
async function compare(links: number, kinds: number): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'shard-quality-'));
  try {
    const store = new FsObjectStore(dir);
    const bytes = await writeQualityRun(store, RUN_ID, { links, kinds });
    console.log(
      `quality.json: ${links} links × ${kinds} kinds, ${(bytes / MB).toFixed(1)} MB`,
    );
    runChildren(dir, ['whole', 'pages'], Number(values.runs));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
