import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { loadPastForecasts } from '#lib/pipeline/load-past-forecasts';

describe('loadPastForecasts', () => {
  it('reads the complete runs in the window and skips unreadable ones with a warning', async () => {
    // Prepare
    const store = new FsObjectStore(await mkdtemp(join(tmpdir(), 'past-')));
    const points = (asOf: string) =>
      JSON.stringify({ runId: asOf, asOf, decisionLevel: 80, series: [] });
    for (const day of [
      '2025-01-01',
      '2026-10-01',
      '2026-11-01',
      '2026-11-26',
    ]) {
      await store.put(`reports/${day}/forecast-points.json`, points(day));
      await store.put(`reports/${day}/manifest.json`, '{}');
    }
    // A run killed while publishing: no manifest, so not read.
    await store.put('reports/2026-11-20/forecast-points.json', points('x'));
    await store.put('reports/2026-11-02/forecast-points.json', '{ broken');
    await store.put('reports/2026-11-02/manifest.json', '{}');
    await store.put('reports/latest/forecast-points.json', points('latest'));
    const warnings: string[] = [];
    const log = {
      info: () => {},
      error: () => {},
      warn: (message: string) => warnings.push(message),
    };

    // Act
    const runs = await loadPastForecasts(
      store,
      { from: '2025-11-26', to: '2026-11-26' },
      log,
    );

    // Assess
    expect(runs.map((run) => run.asOf)).toEqual(['2026-10-01', '2026-11-01']);
    expect(warnings).toEqual(['skipping unreadable past forecast']);
  });
});
