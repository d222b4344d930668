import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreError } from '#lib/errors';
import {
  editJson,
  type FaultStage,
  runsWithFaults,
} from '../../helpers/run-with-fault.ts';

const { runWith, lastReports } = runsWithFaults('run-plan');

/** `runs/<id>/<name>` made another run's, as a copy from it would be. */
const another =
  <T>(name: string, edit: (value: T) => unknown) =>
  (runDir: string) =>
    editJson<T>(join(runDir, name), edit);

describe("a run's plan.json or quality.json from another run", () => {
  it.each<[string, FaultStage, (runDir: string) => Promise<void>, RegExp]>([
    [
      'plan.json, before the shards',
      'shards',
      another<{ runId: string }>('plan.json', (v) => ({
        ...v,
        runId: '2026-01-01T060000',
      })),
      /^runs\/([0-9T-]+)\/plan\.json is run 2026-01-01T060000's plan, not run \1's: /,
    ],
    [
      'plan.json, before publish',
      'publish',
      another<{ runId: string }>('plan.json', (v) => ({
        ...v,
        runId: '2026-01-01T060000',
      })),
      /^runs\/([0-9T-]+)\/plan\.json is run 2026-01-01T060000's plan, not run \1's: /,
    ],
    [
      'quality.json of another as-of date, before publish',
      'publish',
      another<{ from: string; to: string }>('quality.json', (v) => ({
        ...v,
        from: '2026-01-01',
        to: '2026-03-02',
      })),
      /^runs\/[0-9T-]+\/quality\.json covers 2026-01-01 to 2026-03-02, not the plan's \d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d: /,
    ],
  ])(
    '%s fails the run naming the file',
    async (_, when, fault, problem) => {
      // Act
      const run = runWith(when, fault);

      // Assess: an error, and no report of another run's window or shards
      await expect(run).rejects.toThrow(StoreError);
      await expect(run).rejects.toThrow(problem);
      await expect(run).rejects.toThrow(
        /it was replaced or edited after the plan; run again$/,
      );
      expect(existsSync(join(lastReports(), 'latest.json'))).toBe(false);
    },
    60_000,
  );
});
