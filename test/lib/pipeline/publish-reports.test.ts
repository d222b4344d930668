import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { publishReports } from '#lib/pipeline/publish-reports';
import type { ObjectStore } from '#lib/ports/object-store';

const file = (path: string, body: string) => ({
  path,
  body,
  contentType: 'text/plain',
});
const text = async (store: ObjectStore, key: string) => {
  const bytes = await store.get(key);
  return bytes && new TextDecoder().decode(bytes);
};

/** A manifest naming run `n` (dated `2026-11-0n`). */
const manifestOf = (n: number) =>
  file(
    'manifest.json',
    JSON.stringify({ runId: `r${n}`, asOf: `2026-11-0${n}` }),
  );

/** The store, but a put of a matching key fails with `message`. */
const failingOn = (
  store: ObjectStore,
  fails: (key: string) => boolean,
  message: string,
): ObjectStore => ({
  get: (k) => store.get(k),
  getVersioned: (k) => store.getVersioned(k),
  list: (p) => store.list(p),
  delete: (k) => store.delete(k),
  put: async (k, b) => {
    if (fails(k)) throw new Error(message);
    await store.put(k, b);
  },
  putIf: async (k, b, c) => {
    if (fails(k)) throw new Error(message);
    return store.putIf(k, b, c);
  },
});

describe('publishReports', () => {
  it('writes the dated run and replaces latest, manifest last', async () => {
    // Prepare
    const store = new FsObjectStore(await mkdtemp(join(tmpdir(), 'pub-')));
    const order: string[] = [];
    const spy: ObjectStore = {
      get: (k) => store.get(k),
      getVersioned: (k) => store.getVersioned(k),
      list: (p) => store.list(p),
      delete: (k) => store.delete(k),
      put: async (k, b) => {
        order.push(k);
        await store.put(k, b);
      },
      putIf: async (k, b, c) => {
        order.push(k);
        return store.putIf(k, b, c);
      },
    };
    await publishReports(
      spy,
      'reports/d1',
      [file('old.html', 'old'), file('index.html', 'v1')],
      manifestOf(1),
      'reports/latest',
    );

    // Act
    await publishReports(
      spy,
      'reports/d2',
      [file('index.html', 'v2'), file('isp/a.html', 'a')],
      manifestOf(2),
      'reports/latest',
    );

    // Assess
    expect(await store.list('reports/latest/')).toEqual([
      'reports/latest/index.html',
      'reports/latest/isp/a.html',
      'reports/latest/manifest.json',
    ]);
    expect(await text(store, 'reports/latest/index.html')).toBe('v2');
    expect(await text(store, 'reports/d1/index.html')).toBe('v1');
    const run2 = order.slice(7);
    expect(run2.slice(2, 4)).toEqual([
      'reports/d2/manifest.json',
      'reports/latest.json',
    ]);
    expect(run2.at(-1)).toBe('reports/latest/manifest.json');
    expect(JSON.parse((await text(store, 'reports/latest.json'))!)).toEqual({
      asOf: '2026-11-02',
      runId: 'r2',
      folder: 'reports/d2',
    });
  });

  it('leaves latest untouched when a write of the dated run fails', async () => {
    // Prepare
    const store = new FsObjectStore(await mkdtemp(join(tmpdir(), 'pub-')));
    await publishReports(
      store,
      'reports/d1',
      [file('index.html', 'v1')],
      manifestOf(1),
      'reports/latest',
    );
    const failing = failingOn(
      store,
      (k) => k.endsWith('broken.html'),
      'disk full',
    );

    // Act
    const run = publishReports(
      failing,
      'reports/d2',
      [file('index.html', 'v2'), file('broken.html', 'x')],
      manifestOf(2),
      'reports/latest',
    );

    // Assess
    await expect(run).rejects.toThrow('disk full');
    expect(await text(store, 'reports/latest/index.html')).toBe('v1');
    expect(await text(store, 'reports/latest/manifest.json')).toBe(
      manifestOf(1).body,
    );
    expect(await text(store, 'reports/latest.json')).toContain('"r1"');
    expect(await store.get('reports/d2/manifest.json')).toBeUndefined();
  });

  it('leaves no manifest in latest when replacing it fails midway', async () => {
    // Prepare
    const store = new FsObjectStore(await mkdtemp(join(tmpdir(), 'pub-')));
    await publishReports(
      store,
      'reports/d1',
      [file('a.html', 'old'), file('b.html', 'old')],
      manifestOf(1),
      'reports/latest',
    );
    const failing = failingOn(
      store,
      (k) => k === 'reports/latest/b.html',
      'network down',
    );

    // Act
    const run = publishReports(
      failing,
      'reports/d2',
      [file('a.html', 'new'), file('b.html', 'new')],
      manifestOf(2),
      'reports/latest',
    );

    // Assess
    await expect(run).rejects.toThrow('network down');
    expect(await store.get('reports/latest/manifest.json')).toBeUndefined();
    expect(await text(store, 'reports/d2/manifest.json')).toBe(
      manifestOf(2).body,
    );
    expect(await text(store, 'reports/latest.json')).toContain('"r2"');
  });

  it('never switches latest back to an older date', async () => {
    // Prepare
    const store = new FsObjectStore(await mkdtemp(join(tmpdir(), 'pub-')));
    await publishReports(
      store,
      'reports/d2',
      [file('a.html', 'two')],
      manifestOf(2),
      'reports/latest',
    );

    // Act
    await publishReports(
      store,
      'reports/d1',
      [file('a.html', 'one')],
      manifestOf(1),
      'reports/latest',
    );

    // Assess
    expect(await text(store, 'reports/latest.json')).toContain('"r2"');
    expect(await text(store, 'reports/latest/a.html')).toBe('two');
    expect(await text(store, 'reports/d1/a.html')).toBe('one');
  });
});
