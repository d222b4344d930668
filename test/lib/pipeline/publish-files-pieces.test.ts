import { createHash } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import type { FileDigest } from '#lib/pipeline/build-manifest';
import type { LazyFile } from '#lib/pipeline/lazy-file';
import { publishFiles } from '#lib/pipeline/publish-files';
import type { ObjectStore } from '#lib/ports/object-store';

const manifest = {
  path: 'manifest.json',
  body: JSON.stringify({ runId: 'r1', asOf: '2026-11-01' }),
  contentType: 'application/json',
};

describe('publishFiles with a file in pieces', () => {
  it('streams a file rendered in pieces into the store, piece by piece, digesting what passed', async () => {
    // Prepare
    const root = await mkdtemp(join(tmpdir(), 'pub-'));
    const inner: ObjectStore = new FsObjectStore(root);
    const writes: string[] = [];
    const store: ObjectStore = {
      get: (key) => inner.get(key),
      getVersioned: (key) => inner.getVersioned(key),
      getSize: (key) => inner.getSize(key),
      putIf: (key, body, condition, type) =>
        inner.putIf(key, body, condition, type),
      copy: (from, to, type) => inner.copy(from, to, type),
      list: (prefix) => inner.list(prefix),
      delete: (keys) => inner.delete(keys),
      deleteIf: (key, condition) => inner.deleteIf(key, condition),
      put: (key, body, type) => {
        writes.push(`put ${key}`);
        return inner.put(key, body, type);
      },
      putPieces: async (key, pieces, type) => {
        const chunks: Uint8Array[] = [];
        for await (const chunk of pieces) chunks.push(chunk);
        writes.push(`putPieces ${key} in ${chunks.length}`);
        await inner.putPieces(key, chunks, type);
      },
    };
    const pieces = ['level,key\n', 'group,Acmé\n', 'isp,😀\n'];
    const files: LazyFile[] = [
      { path: 'forecasts.csv', contentType: 'text/csv', pieces: () => pieces },
    ];
    let digests: readonly FileDigest[] = [];

    // Act
    await publishFiles(store, 'reports/d1', files, (given) => {
      digests = given;
      return manifest;
    });

    // Assess
    const whole = Buffer.from(pieces.join(''));
    expect(writes).toEqual([
      'putPieces reports/d1/forecasts.csv in 3',
      'put reports/d1/manifest.json',
    ]);
    expect(await inner.get('reports/d1/forecasts.csv')).toEqual(
      new Uint8Array(whole),
    );
    expect(digests).toEqual([
      {
        path: 'forecasts.csv',
        bytes: whole.length,
        sha256: createHash('sha256').update(whole).digest('hex'),
      },
    ]);
  });
});
