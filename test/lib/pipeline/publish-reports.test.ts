import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { publishReports } from '#lib/pipeline/publish-reports';
import type { ObjectStore } from '#lib/ports/object-store';
import {
  file,
  manifestOf,
  publishedRun,
  text,
} from './publish-reports-fixture.ts';

describe('publishReports', () => {
  it('writes the dated run and replaces latest, manifest last', async () => {
    // Prepare
    const store = new FsObjectStore(await mkdtemp(join(tmpdir(), 'pub-')));
    const order: string[] = [];
    const spy: ObjectStore = {
      get: (k) => store.get(k),
      getVersioned: (k) => store.getVersioned(k),
      getSize: (k) => store.getSize(k),
      list: (p) => store.list(p),
      delete: (k) => store.delete(k),
      deleteIf: (k, c) => store.deleteIf(k, c),
      put: async (k, b) => {
        order.push(k);
        await store.put(k, b);
      },
      putPieces: async (k, pieces) => {
        order.push(k);
        await store.putPieces(k, pieces);
      },
      putIf: async (k, b, c) => {
        order.push(k);
        return store.putIf(k, b, c);
      },
      copy: async (from, to) => {
        order.push(to);
        await store.copy(from, to);
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

  it('never switches latest back to an older date', async () => {
    // Prepare
    const store = await publishedRun([file('a.html', 'two')], 2);

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
