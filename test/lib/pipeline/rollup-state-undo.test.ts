import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { InputError } from '#lib/errors';
import { ROLLUP_STATE, undoNewRollupState } from '#lib/pipeline/rollup-state';
import type { ObjectStore } from '#lib/ports/object-store';

let dir: string;
afterEach(() => rm(dir, { recursive: true, force: true }));

/** A refused run: its rollup records a summary, then the plan refuses. */
const refused = (reports: ObjectStore) => async () => {
  await reports.put(
    ROLLUP_STATE,
    '{"asOf":"2026-12-20"}\n',
    'application/json',
  );
  throw new InputError('--as-of', 'is 16 days after the lake’s last day');
};

describe('undoNewRollupState', () => {
  it('deletes the summary, and state/, a refused run recorded in a store that had none', async () => {
    // Prepare
    dir = await mkdtemp(join(tmpdir(), 'undo-state-'));
    const reports: ObjectStore = new FsObjectStore(dir);

    // Act
    const run = undoNewRollupState({ reports }, refused(reports));

    // Assess
    await expect(run).rejects.toThrow(/16 days after/);
    expect(await readdir(dir)).toEqual([]);
  });

  it("keeps the summary when the store had one: it is the rollup's, not the refusal's", async () => {
    // Prepare
    dir = await mkdtemp(join(tmpdir(), 'undo-state-'));
    const reports: ObjectStore = new FsObjectStore(dir);
    await reports.put(
      ROLLUP_STATE,
      '{"asOf":"2026-12-01"}\n',
      'application/json',
    );

    // Act
    const run = undoNewRollupState({ reports }, refused(reports));

    // Assess
    await expect(run).rejects.toThrow(InputError);
    expect(await readdir(join(dir, 'state'))).toEqual(['rollup.json']);
  });
});
