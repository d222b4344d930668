import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { ShardListItem } from '#lib/pipeline/choose-shards';
import type { Deps } from '#lib/pipeline/deps';
import { planRun } from '#lib/pipeline/plan-run';
import { publishRun } from '#lib/pipeline/publish-run';
import { rollupStage } from '#lib/pipeline/rollup-stage';
import { readRunJson } from '#lib/pipeline/run-files';
import { inProcessShards } from '#lib/pipeline/run-shards';
import type { ObjectStore } from '#lib/ports/object-store';
import type { QueryEngine } from '#lib/ports/query-engine';
import { writeRolledLake } from '#lib/sample/rolled-lake';
import { makeTempDir, removeDir } from './lake.ts';
import { closeDeps, configWith, SCALE_AS_OF, scaleDeps } from './scale-run.ts';

const sha256 = (bytes: Uint8Array) =>
  createHash('sha256').update(bytes).digest('hex');

/** An engine that fails on any call: publish must not need the lake. */
const noEngine = new Proxy({} as QueryEngine, {
  get: (_target, name) => () => {
    throw new Error(`publish called the query engine (${String(name)})`);
  },
});

/**
 * Counts the bytes publish reads (but the run's data-quality report and
 * its per-link rows, which list the window's days with faults), and the pages among the keys read;
 * notes the keys it streams in pieces.
 */
function counting(store: ObjectStore) {
  const read = { bytes: 0, pages: 0, streamed: [] as string[] };
  const wrapped: ObjectStore = {
    get: async (key) => {
      const bytes = await store.get(key);
      // The data-quality report lists the window's days with faults.
      const quality = /\/quality(\.json|-rows\/)/.test(key);
      if (!quality) read.bytes += bytes?.byteLength ?? 0;
      if (key.endsWith('.html')) read.pages += 1;
      return bytes;
    },
    put: (key, body, type) => store.put(key, body, type),
    putPieces: (key, pieces, type) => {
      read.streamed.push(key);
      return store.putPieces(key, pieces, type);
    },
    getVersioned: (key) => store.getVersioned(key),
    putIf: (key, body, condition, type) =>
      store.putIf(key, body, condition, type),
    copy: (from, to, type) => store.copy(from, to, type),
    list: (prefix) => store.list(prefix),
    getSize: (key) => store.getSize(key),
    delete: (keys) => store.delete(keys),
    deleteIf: (key, condition) => store.deleteIf(key, condition),
  };
  return { wrapped, read };
}

/**
 * A rolled lake of 8 links over 400 days (4 links an ISP) written before
 * the calling file's tests and removed after them, and a run on it:
 * rollup, plan and shards, then `publishRun` on a store that counts what
 * it reads, with an engine that fails on any call.
 *
 * @returns `publishedBytes(historyDays)`: the bytes and pages publish
 *   read, the keys it streamed, and each shard page's copy (the same
 *   bytes, listed in the manifest with its digest)
 * @example
 * const publishedBytes = usePublishedRun();
 * (await publishedBytes(90)).streamed;
 */
export function usePublishedRun() {
  let dir: string;
  beforeAll(async () => {
    dir = await makeTempDir('publish');
    await writeRolledLake({
      dir,
      links: 8,
      days: 400,
      end: SCALE_AS_OF,
      linksPerIsp: 4,
    });
  });
  afterAll(async () => {
    await removeDir(dir);
  });

  async function publishedBytes(historyDays: number) {
    const out = join(dir, `out-${historyDays}`);
    const deps = await scaleDeps(dir, out, configWith({ historyDays }));
    try {
      await rollupStage(deps, { asOf: SCALE_AS_OF });
      const plan = await planRun(deps, { asOf: SCALE_AS_OF });
      const shards = await readRunJson<ShardListItem[]>(
        deps.reports,
        plan.shardListKey,
      );
      await inProcessShards(deps)(plan, shards);
      const { wrapped, read } = counting(deps.reports);
      const publishDeps: Deps = { ...deps, engine: noEngine, reports: wrapped };
      await publishRun(publishDeps, { runId: plan.runId });
      const pages = await deps.reports.list(`runs/${plan.runId}/shards/`);
      const shardPages = pages.filter((key) => key.endsWith('.html'));
      const published = await Promise.all(
        shardPages.map(async (key) => {
          const path = key.slice(key.indexOf('/pages/') + '/pages/'.length);
          const manifest = JSON.parse(
            new TextDecoder().decode(
              await deps.reports.get(`reports/${SCALE_AS_OF}/manifest.json`),
            ),
          ) as { files: { path: string; sha256: string; bytes: number }[] };
          const listed = manifest.files.find((f) => f.path === path);
          const bytes = await deps.reports.get(
            `reports/${SCALE_AS_OF}/${path}`,
          );
          const source = await deps.reports.get(key);
          return {
            same: Buffer.compare(bytes!, source!) === 0,
            listed:
              listed?.sha256 === sha256(source!) &&
              listed?.bytes === source!.byteLength,
          };
        }),
      );
      return { ...read, shardPages: shardPages.length, published };
    } finally {
      await closeDeps(deps);
    }
  }
  return publishedBytes;
}
