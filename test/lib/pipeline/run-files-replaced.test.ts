import { existsSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ShardError, StoreError } from '#lib/errors';
import { editJson, runsWithFaults } from '../../helpers/run-with-fault.ts';

const { runWith, lastReports } = runsWithFaults('run-files');

const shardFile = (runDir: string, shard: string, name: string) =>
  join(runDir, 'shards', shard, name);

describe("a shard's inventory.json", () => {
  it.each<[string, (runDir: string) => Promise<void>, RegExp]>([
    [
      'replaced by another shard’s',
      (runDir: string) =>
        copyFile(
          shardFile(runDir, 's0002', 'inventory.json'),
          shardFile(runDir, 's0001', 'inventory.json'),
        ),
      /lacks \d+ of the 6 series/,
    ],
    [
      'short of a link',
      (runDir: string) =>
        editJson(shardFile(runDir, 's0001', 'inventory.json'), (v) => ({
          ...v,
          links: v.links.slice(1),
        })),
      /lacks 1 of the 6 series its input holds \(first: link:l0000000\)/,
    ],
  ])(
    '%s fails the run naming the file and the counts',
    async (_, fault, problem) => {
      // Act
      const run = runWith('shards', fault);

      // Assess: an error, not a report without those series
      await expect(run).rejects.toThrow(ShardError);
      await expect(run).rejects.toThrow(
        /^shard s0001's inventory \(runs\/[0-9T-]+\/shards\/s0001\/inventory\.json\) lacks /,
      );
      await expect(run).rejects.toThrow(problem);
    },
    60_000,
  );
});

describe("a shard's result.json", () => {
  it.each<[string, (runDir: string) => Promise<void>, RegExp]>([
    [
      'replaced by another shard’s',
      (runDir) =>
        copyFile(
          shardFile(runDir, 's0002', 'result.json'),
          shardFile(runDir, 's0001', 'result.json'),
        ),
      /result\.json is run [0-9T-]+'s shard s0002, not run [0-9T-]+'s shard s0001: /,
    ],
    [
      'short of an evaluation',
      (runDir) =>
        editJson(shardFile(runDir, 's0001', 'result.json'), (v) => ({
          ...v,
          evaluations: v.evaluations.slice(1),
        })),
      /result\.json holds 5 evaluations where the shard wrote 6: /,
    ],
    [
      'written by an older Headroom, with accuracy rows',
      (runDir) =>
        editJson(shardFile(runDir, 's0001', 'result.json'), (v) => ({
          ...v,
          accuracy: [],
        })),
      /result\.json holds accuracy rows, the shape a shard of an older Headroom wrote, .*: the shards and publish ran different versions; /,
    ],
  ])(
    '%s fails publish naming the file',
    async (_, fault, problem) => {
      // Act
      const run = runWith('publish', fault);

      // Assess: an error, and no report with other or fewer evaluations
      await expect(run).rejects.toThrow(StoreError);
      await expect(run).rejects.toThrow(
        /runs\/[0-9T-]+\/shards\/s0001\/result\.json /,
      );
      await expect(run).rejects.toThrow(problem);
      await expect(run).rejects.toThrow(/; run again$/);
      expect(existsSync(join(lastReports(), 'latest.json'))).toBe(false);
    },
    60_000,
  );
});
