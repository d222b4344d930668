import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { type LazyFile, publishFiles } from '#lib/pipeline/publish-files';

/** A file whose every load is counted in `loads`. */
const counted = (path: string, body: string, loads: string[]): LazyFile => ({
  path,
  contentType: 'text/plain',
  load: async () => {
    loads.push(path);
    return body;
  },
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
});
