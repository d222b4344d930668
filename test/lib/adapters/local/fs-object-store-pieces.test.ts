import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { isScratchName } from '#lib/adapters/local/scratch';
import { StoreError } from '#lib/errors';

describe('FsObjectStore writing pieces', () => {
  it('leaves no scratch file when the pieces fail midway', async () => {
    // Prepare
    const root = await mkdtemp(join(tmpdir(), 'fs-store-'));
    const store = new FsObjectStore(root);
    function* failing() {
      yield new Uint8Array(70_000);
      throw new Error('rendering failed');
    }
    // Act
    const put = store.putPieces('reports/d1/forecasts.json', failing());
    // Assess
    await expect(put).rejects.toBeInstanceOf(StoreError);
    expect((await readdir(join(root))).filter(isScratchName)).toEqual([]);
    expect(await store.list('')).toEqual([]);
    await rm(root, { recursive: true, force: true });
  });

  it("names the pieces' own error, as the S3 store does", async () => {
    // Prepare: data-quality.json's rows read from a run's part not there
    const root = await mkdtemp(join(tmpdir(), 'fs-store-'));
    const store = new FsObjectStore(root);
    const missing = 'runs/r1/quality-rows/part-0003.jsonl is missing';
    async function* rows() {
      yield new Uint8Array(10);
      throw new StoreError(missing);
    }
    // Act
    const put = store.putPieces('reports/d1/data-quality.json', rows());
    // Assess: before, 'cannot write reports/d1/data-quality.json under
    // <root>' alone, as if the disk had failed
    await expect(put).rejects.toThrow(
      `cannot write reports/d1/data-quality.json under ${root}: ${missing}`,
    );
    expect(await store.list('')).toEqual([]);
    await rm(root, { recursive: true, force: true });
  });
});
