import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { renewingStore } from '#lib/pipeline/renewing-store';

describe('renewingStore', () => {
  it('renews the lock before each write, pieces and a copy included, and not before reads', async () => {
    // Prepare
    const root = await mkdtemp(join(tmpdir(), 'renewing-'));
    const log: string[] = [];
    const store = renewingStore(new FsObjectStore(root), async () => {
      log.push('keep');
    });
    // Act
    await store.put('reports/d1/a.txt', 'a');
    log.push('read');
    await store.get('reports/d1/a.txt');
    await store.list('reports/');
    await store.copy('reports/d1/a.txt', 'reports/latest/a.txt');
    await store.putPieces('reports/d1/b.txt', [new Uint8Array([98])]);
    await store.delete(['reports/d1/a.txt']);
    // Assess
    expect(log).toEqual(['keep', 'read', 'keep', 'keep', 'keep']);
    expect(await store.list('reports/')).toEqual([
      'reports/d1/b.txt',
      'reports/latest/a.txt',
    ]);
    await rm(root, { recursive: true, force: true });
  });
});
