import { describe, expect, it } from 'vitest';
import { loadPreviousRun } from '#lib/pipeline/load-previous-run';
import {
  changes,
  log,
  putRun,
  store,
  usePreviousRunStore,
  warnings,
} from '../../helpers/previous-run-store.ts';

usePreviousRunStore();

describe('loadPreviousRun', () => {
  it('compares with the newest complete run, not with a run killed while publishing', async () => {
    // Prepare: a complete run, then one killed after its changes.json and
    // before its manifest (nothing of it was notified or made latest).
    await putRun('2026-11-26', changes('watch'));
    await store.put('reports/2026-12-02/changes.json', changes('critical'));

    // Act
    const previous = await loadPreviousRun(store, '2026-12-03', log);

    // Assess
    expect(previous?.asOf).toBe('2026-11-26');
    expect(previous?.state.map((g) => g.severity)).toEqual(['watch']);
    expect(warnings).toEqual([]);
  });

  it('names a run whose manifest cannot be read once, though it left both changes.json and forecasts.json', async () => {
    // Prepare
    await putRun('2026-11-26', changes('warning'));
    await putRun('2026-12-02', changes('critical'), '\u0000');
    await store.put('reports/2026-12-02/forecasts.json', '[]');

    // Act
    const previous = await loadPreviousRun(store, '2026-12-03', log);

    // Assess
    expect(previous?.asOf).toBe('2026-11-26');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('reports/2026-12-02/manifest.json');
  });

  it('passes over a run whose manifest cannot be read, naming it', async () => {
    // Prepare: the newest run's manifest garbled
    await putRun('2026-11-26', changes('warning'));
    await putRun('2026-12-02', changes('critical'), '\u0000\u0000');

    // Act
    const previous = await loadPreviousRun(store, '2026-12-03', log);

    // Assess
    expect(previous?.asOf).toBe('2026-11-26');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^previous run unreadable: reports\/2026-12-02\/manifest\.json is not JSON \(.+\); changes are since 2026-11-26 \(reports\/2026-11-26\/changes\.json\) instead$/,
    );
  });
});
