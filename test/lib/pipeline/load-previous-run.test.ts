import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { loadPreviousRun } from '#lib/pipeline/load-previous-run';
import type { Logger } from '#lib/ports/logger';

const silent: Logger = { info: () => {}, warn: () => {}, error: () => {} };

/** A changes.json whose state holds one group at `severity`. */
const changes = (severity: string) =>
  JSON.stringify({
    state: [{ key: 'Acme/LHR1/pni', isp: 'Acme', severity }],
  });

describe('loadPreviousRun', () => {
  it('compares with the newest complete run, not with a run killed while publishing', async () => {
    // Prepare: a complete run, then one killed after its changes.json and
    // before its manifest (nothing of it was notified or made latest).
    const store = new FsObjectStore(await mkdtemp(join(tmpdir(), 'prev-')));
    await store.put('reports/2026-11-26/changes.json', changes('watch'));
    await store.put('reports/2026-11-26/manifest.json', '{}');
    await store.put('reports/2026-12-02/changes.json', changes('critical'));

    // Act
    const previous = await loadPreviousRun(store, '2026-12-03', silent);

    // Assess
    expect(previous?.asOf).toBe('2026-11-26');
    expect(previous?.state.map((g) => g.severity)).toEqual(['watch']);
  });
});
