import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { S3ObjectStore } from '#lib/adapters/aws/s3-object-store';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import type { LazyFile } from '#lib/pipeline/lazy-file';
import { publishFiles } from '#lib/pipeline/publish-files';
import type { ObjectStore } from '#lib/ports/object-store';
import { memoryS3 } from '../../helpers/s3-memory.ts';

/** A file whose every load is counted in `loads`. */
const counted = (path: string, body: string, loads: string[]): LazyFile => ({
  path,
  contentType: 'text/plain',
  load: async () => {
    loads.push(path);
    return body;
  },
});

/** The store, recording the key of every read. */
const reading = (store: ObjectStore, reads: string[]): ObjectStore => ({
  get: (key) => {
    reads.push(key);
    return store.get(key);
  },
  getVersioned: (key) => {
    reads.push(key);
    return store.getVersioned(key);
  },
  put: (key, body, type) => store.put(key, body, type),
  putPieces: (key, pieces, type) => store.putPieces(key, pieces, type),
  putIf: (key, body, condition, type) =>
    store.putIf(key, body, condition, type),
  copy: (from, to, type) => store.copy(from, to, type),
  list: (prefix) => store.list(prefix),
  getSize: (key) => store.getSize(key),
  delete: (keys) => store.delete(keys),
  deleteIf: (key, condition) => store.deleteIf(key, condition),
});

const manifest = {
  path: 'manifest.json',
  body: JSON.stringify({ runId: 'r1', asOf: '2026-11-01' }),
  contentType: 'application/json',
};

describe('publishFiles', () => {
  it('loads each file once and copies latest/ from the dated folder', async () => {
    // Prepare
    const store = new FsObjectStore(await mkdtemp(join(tmpdir(), 'pub-')));
    const loads: string[] = [];
    const files = [
      counted('index.html', 'héllo', loads),
      counted('data.csv', 'a\n1\n', loads),
    ];

    // Act
    await publishFiles(
      store,
      'reports/d1',
      files,
      () => manifest,
      'reports/latest',
    );

    // Assess
    expect(loads.sort()).toEqual(['data.csv', 'index.html']);
    const text = async (key: string) =>
      new TextDecoder().decode(await store.get(key));
    expect(await text('reports/latest/index.html')).toBe('héllo');
    expect(await text('reports/latest/data.csv')).toBe('a\n1\n');
    expect(await store.list('reports/latest/')).toEqual([
      'reports/latest/data.csv',
      'reports/latest/index.html',
      'reports/latest/manifest.json',
    ]);
  });

  it('copies latest/ inside the store, byte for byte with its types, reading no file back', async () => {
    // Prepare
    const { client, objects, types } = memoryS3();
    const reads: string[] = [];
    const store = reading(new S3ObjectStore(client, 'reports'), reads);
    const binary = new Uint8Array([0, 255, 10, 13, 128]);
    const files: LazyFile[] = [
      { path: 'index.html', contentType: 'text/html', load: async () => 'é' },
      { path: 'isp/a b.csv', contentType: 'text/csv', load: async () => 'a\n' },
      { path: 'x.bin', contentType: 'application/x', load: async () => binary },
    ];

    // Act
    await publishFiles(
      store,
      'reports/d1',
      files,
      () => manifest,
      'reports/latest',
    );

    // Assess
    expect(reads.filter((key) => key.startsWith('reports/d1/'))).toEqual([]);
    for (const path of [...files.map((f) => f.path), 'manifest.json']) {
      const dated = `reports/d1/${path}`;
      const latest = `reports/latest/${path}`;
      expect(objects.get(latest)).toEqual(objects.get(dated));
      expect(types.get(latest)).toBe(types.get(dated));
    }
    expect(types.get('reports/latest/index.html')).toBe('text/html');
    expect(objects.get('reports/latest/x.bin')).toEqual(binary);
  });
});
