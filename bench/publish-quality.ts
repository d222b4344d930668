/**
 * Publish's quality step (docs/architecture.md "Publish's memory"): the
 * run's data-quality report loaded (`loadRunQuality`: the overview's top
 * links) and `data-quality.json` written from it into a store, for a run
 * folder as the plan writes it now (`top`: the per-link rows in parts of
 * JSON Lines, the top links in the plan, the parts read once), as it did
 * before session 60 (`parts`: the parts read twice, first for the top
 * links) and before that (`whole`: `quality.json` holding them, parsed
 * whole, the path an older run folder still takes); and the plan's side,
 * the rows written into parts (`write-parts`: `writeQualityRows`, as
 * before session 60; `write-top`: `writeQualityRowsKeepingTop`, the top
 * links kept as they pass, as the plan writes them now). Writes the runs
 * of `--links` links with `--kinds` kinds each into a temporary store
 * (`bench/quality-fixture.ts`), then runs each variant in a fresh
 * process, `--runs` times alternated, and prints the step's time, the
 * heap it holds afterwards (collected first: node's `--expose-gc` is
 * passed to the children), its peak heap sampled every 5 ms, the child's
 * peak RSS over its RSS before the step, and the digest of the file
 * written (the same for every form) or the parts written.
 *
 * Run: npx tsx bench/publish-quality.ts [--links 10000] [--kinds 4] [--runs 3]
 *      [--side publish|plan]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { encodeAndDigest } from '#lib/pipeline/encode-and-digest';
import { loadRunQuality } from '#lib/pipeline/read-quality-rows';
import { readRunPlan } from '#lib/pipeline/read-run-plan';
import { QUALITY_FILE } from '#lib/report/render-data-files';
import { streamedDataFiles } from '#lib/report/streamed-data-files';
import { benchArgs } from './bench-args.ts';
import { measureStep, runChildren } from './quality-child.ts';
import {
  FORMS,
  PART_WRITERS,
  qualityPages,
  WINDOW,
  writeQualityRun,
} from './quality-fixture.ts';

const { values } = benchArgs(import.meta.url, {
  options: {
    links: { type: 'string', default: '10000' },
    kinds: { type: 'string', default: '4' },
    runs: { type: 'string', default: '3' },
    // `publish` or `plan` for that side alone.
    side: { type: 'string', default: 'both' },
    // Internal: a child publishing one form's report from a store, or
    // writing one form's parts into it.
    read: { type: 'string' },
    store: { type: 'string' },
  },
});
const MB = 1024 * 1024;

const WRITES = ['write-parts', 'write-top'] as const;

if (values.read?.startsWith('write-')) await writeOnce(values.read);
else if (values.read) await publishOnce(values.store!, values.read);
else await compare(Number(values.links), Number(values.kinds));

/** A child: writes one form's parts as the plan does, and prints it. */
async function writeOnce(variant: string): Promise<void> {
  const form = variant.slice('write-'.length) as keyof typeof PART_WRITERS;
  const store = new FsObjectStore(values.store!);
  const pages = qualityPages(Number(values.links), Number(values.kinds));
  const { value, ...figures } = await measureStep(() =>
    PART_WRITERS[form](store, variant, pages),
  );
  const { parts, rows, topLinks } = value;
  const top = topLinks?.length ?? 0;
  console.log(JSON.stringify({ variant, ...figures, parts, rows, top }));
}

/** A child: reads the plan, then runs the quality step and prints it. */
async function publishOnce(dir: string, form: string): Promise<void> {
  const store = new FsObjectStore(dir);
  const plan = await readRunPlan(store, form);
  const { value, ...figures } = await measureStep(async () => {
    const loaded = await loadRunQuality(store, plan);
    const input = {
      ...{ asOf: WINDOW.to, runId: form, generatedAt: '', decisionLevel: 80 },
      ...{ evaluations: [], isps: [], series: [] },
      dataQuality: loaded.quality,
    };
    const file = streamedDataFiles(input, loaded.rows).find(
      (f) => f.path === QUALITY_FILE,
    )!;
    const encoded = encodeAndDigest(file.pieces());
    await store.putPieces(`reports/${form}/${file.path}`, encoded.bytes);
    // Held past the measure, as publish holds it through the run.
    return { loaded, digest: encoded.digest() };
  });
  const topLinks = value.loaded.quality.byLink.length;
  console.log(JSON.stringify({ form, ...figures, topLinks, ...value.digest }));
}

/**
 * Writes the runs, then publishes each in turn, `--runs` times, and
 * writes each form's parts in turn as many times (`--side`: one alone).
 */
async function compare(links: number, kinds: number): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'publish-quality-'));
  try {
    const store = new FsObjectStore(dir);
    for (const form of FORMS) {
      const bytes = await writeQualityRun(store, form, { links, kinds });
      console.log(
        `${form}: ${links} links × ${kinds} kinds, ${(bytes / MB).toFixed(1)} MB of quality files`,
      );
    }
    const runs = Number(values.runs);
    if (values.side !== 'plan') runChildren(dir, FORMS, runs);
    const fleet = ['--links', String(links), '--kinds', String(kinds)];
    if (values.side !== 'publish') runChildren(dir, WRITES, runs, fleet);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
