/**
 * What a shard reads of the run's data-quality report for its ISP pages
 * (docs/architecture.md "The plan's memory"): `quality.json` whole, as
 * shards did (`readRunQuality`), against the pages' fields from
 * `plan.json` (`readPageQuality`), which a shard reads anyway. Writes a
 * plan and a `quality.json` of `--links` links with `--kinds` kinds of
 * problem each (as `bench/plan-memory.ts`'s lake with four kinds on every
 * link) into a temporary report store, then reads them in a fresh
 * process per variant, `--runs` times alternated, each after
 * `readRunPlan`, and prints the read's time, the heap it holds once read
 * (collected first: node's `--expose-gc` is passed to the children) and
 * the child's peak RSS over its RSS before the read.
 *
 * Run: npx tsx bench/shard-quality.ts [--links 10000] [--kinds 4] [--runs 3]
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { QUALITY_KINDS } from '#lib/domain/vocabulary';
import {
  readPageQuality,
  readRunPlan,
  readRunQuality,
} from '#lib/pipeline/read-run-plan';
import { runKeys, writeRunJson } from '#lib/pipeline/run-files';
import { runJsonPieces } from '#lib/pipeline/run-json-pieces';
import type { ObjectStore } from '#lib/ports/object-store';
import { benchArgs } from './bench-args.ts';

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
const RUN_ID = 'shard-quality';
const WINDOW = { from: '2024-11-26', to: '2026-11-26' };
const MB = 1024 * 1024;

if (values.read) await readOnce(values.store!, values.read);
else await compare(Number(values.links), Number(values.kinds));

/** A child: reads the plan, then one variant, and prints its figures. */
async function readOnce(dir: string, variant: string): Promise<void> {
  const store = new FsObjectStore(dir);
  const plan = await readRunPlan(store, RUN_ID);
  const gc = (globalThis as { gc?: () => void }).gc!;
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const rssBefore = process.memoryUsage().rss;
  const began = performance.now();
  const quality =
    variant === 'whole'
      ? await readRunQuality(store, plan)
      : await readPageQuality(store, plan);
  const ms = performance.now() - began;
  gc();
  const held = process.memoryUsage().heapUsed - heapBefore;
  const peakRss = process.resourceUsage().maxRSS * 1024;
  console.log(
    JSON.stringify({
      variant,
      ms: Math.round(ms),
      heldMb: +(held / MB).toFixed(1),
      peakRssOverMb: +((peakRss - rssBefore) / MB).toFixed(1),
      missingDays: quality.missingDays.length,
    }),
  );
}

/** Writes the files, then runs each variant in turn, `--runs` times. */
async function compare(links: number, kinds: number): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'shard-quality-'));
  try {
    const store = new FsObjectStore(dir);
    const bytes = await writeRunFiles(store, links, kinds);
    console.log(
      `quality.json: ${links} links × ${kinds} kinds, ${(bytes / MB).toFixed(1)} MB`,
    );
    for (let run = 0; run < Number(values.runs); run += 1) {
      for (const variant of ['whole', 'pages']) {
        const child = spawnSync(
          process.execPath,
          [
            '--expose-gc',
            '--import',
            'tsx',
            process.argv[1]!,
            '--read',
            variant,
            '--store',
            dir,
          ],
          { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
        );
        process.stdout.write(child.stdout);
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The plan and quality.json of a fleet; returns quality.json's size. */
async function writeRunFiles(
  store: ObjectStore,
  links: number,
  kinds: number,
): Promise<number> {
  const keys = runKeys(RUN_ID);
  const missingDays = ['2025-03-01', '2025-03-02'];
  await writeRunJson(store, keys.plan, {
    runId: RUN_ID,
    window: WINDOW,
    trafficDays: { firstTrafficDay: WINDOW.from, missingDays },
  });
  const id = (i: number) => `fra1-isp${i % 997}-pni-${i}`;
  async function* pages() {
    for (let first = 0; first < links; first += 1_000) {
      const page = [];
      for (let i = first; i < Math.min(links, first + 1_000); i += 1) {
        for (const kind of QUALITY_KINDS.slice(0, kinds)) {
          page.push({ linkId: id(i), kind, count: 100 + (i % 50), days: 3 });
        }
      }
      yield page;
    }
  }
  const totals = Object.fromEntries(
    QUALITY_KINDS.slice(0, kinds).map((k) => [k, links * 124]),
  );
  const quality = {
    ...WINDOW,
    firstTrafficDay: WINDOW.from,
    totals,
    byLink: [],
    unknownLinks: [],
    silentLinks: [],
    missingDays,
    unreadableFiles: [],
    daysNotReRolled: [],
  };
  await store.putPieces(
    keys.quality,
    runJsonPieces(quality, 'byLink', pages()),
    'application/json',
  );
  return (await store.getSize(keys.quality)) ?? 0;
}
