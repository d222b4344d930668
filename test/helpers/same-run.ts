import { join } from 'node:path';
import { expect } from 'vitest';
import { type Config, DEFAULT_CONFIG } from '#lib/config';
import { runPipeline } from '#lib/pipeline/run-pipeline';
import { inProcessShards, type ShardRunner } from '#lib/pipeline/run-shards';
import {
  closeDeps,
  configWith,
  readFiles,
  readMessages,
  SCALE_AS_OF,
  scaleDeps,
} from './scale-run.ts';

/**
 * A configuration with lower thresholds, so that the rolled-up lakes have
 * groups at risk and messages to send.
 */
export function atRiskConfig(changes: Partial<Config>): Config {
  const thresholds = {
    ...DEFAULT_CONFIG.thresholds,
    default: { warning: 0.4, critical: 0.5 },
  };
  return configWith({ thresholds, ...changes });
}

/**
 * Runs the pipeline on `dir`'s lake into `out` and returns the shards it
 * ran (in this process, or with `runner`).
 */
export async function runShardsInto(
  dir: string,
  out: string,
  config: Config,
  runner?: ShardRunner,
): Promise<string[]> {
  const deps = await scaleDeps(dir, out, config);
  const shards: string[] = [];
  try {
    await runPipeline(deps, {
      asOf: SCALE_AS_OF,
      runShards: async (plan, list) => {
        shards.push(...list.map((s) => s.shard));
        return (runner ?? inProcessShards(deps))(plan, list);
      },
    });
  } finally {
    await closeDeps(deps);
  }
  return shards;
}

/**
 * Asserts that two runs published the same report files, byte for byte
 * (the manifest's file list, since its configuration checksum differs),
 * and sent the same messages, at least one.
 */
export async function expectSameOutputs(a: string, b: string, page: string) {
  const one = await readFiles(join(a, 'reports', SCALE_AS_OF));
  const two = await readFiles(join(b, 'reports', SCALE_AS_OF));
  expect([...one.keys()]).toEqual([...two.keys()]);
  expect([...one.keys()]).toContain(page);
  for (const [path, body] of one) {
    if (path === 'manifest.json') {
      expect(JSON.parse(body).files).toEqual(JSON.parse(two.get(path)!).files);
    } else {
      expect(body, path).toBe(two.get(path));
    }
  }
  const sent = await readMessages(a);
  expect(sent.size).toBeGreaterThan(0);
  expect(sent).toEqual(await readMessages(b));
}
