import { describe, expect, it } from 'vitest';
import { publishReports } from '#lib/pipeline/publish-reports';
import {
  failingOn,
  file,
  manifestOf,
  publishedRun,
  text,
} from './publish-reports-fixture.ts';

describe('publishReports after a failed write', () => {
  it('leaves latest untouched when a write of the dated run fails', async () => {
    // Prepare
    const store = await publishedRun([file('index.html', 'v1')]);
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
    const store = await publishedRun([
      file('a.html', 'old'),
      file('b.html', 'old'),
    ]);
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

  it("leaves a day rewritten midway without a manifest, not the earlier run's over new files", async () => {
    // Prepare: the day published complete; a rerun of the same day (a
    // run after a kill, late data) stops before its manifest
    const store = await publishedRun([
      file('a.html', 'old'),
      file('b.html', 'old'),
    ]);
    const failing = failingOn(
      store,
      (k) => k === 'reports/d1/manifest.json',
      'killed',
    );

    // Act
    const run = publishReports(
      failing,
      'reports/d1',
      [file('a.html', 'new'), file('b.html', 'new')],
      { ...manifestOf(1), body: JSON.stringify({ runId: 'r1b' }) },
      'reports/latest',
    );

    // Assess: the folder reads as incomplete until a run completes it;
    // latest/ keeps the earlier run's complete copy
    await expect(run).rejects.toThrow('killed');
    expect(await text(store, 'reports/d1/a.html')).toBe('new');
    expect(await store.get('reports/d1/manifest.json')).toBeUndefined();
    expect(await text(store, 'reports/latest/a.html')).toBe('old');
    expect(await text(store, 'reports/latest/manifest.json')).toBe(
      manifestOf(1).body,
    );
  });
});
