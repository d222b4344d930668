import { describe, expect, it } from 'vitest';
import { pastReports } from '#lib/pipeline/past-points';
import {
  newStore,
  publishParts,
  publishWhole,
  recording,
} from '../../helpers/past-points-store.ts';

describe('pastReports', () => {
  it('finds the runs in the window published whole with points, and how they are stored, reading no file', async () => {
    // Prepare
    const store = await newStore();
    await publishParts(store, '2025-01-01'); // before the window
    await publishWhole(store, '2026-10-01'); // before the cut
    await publishParts(store, '2026-11-01');
    await store.put('reports/2026-11-05/manifest.json', '{}'); // no points
    await publishParts(store, '2026-11-20', false); // killed while publishing
    await publishParts(store, '2026-11-26'); // the as-of date: not past
    await store.put('reports/latest/manifest.json', '{}');
    const { spy, read } = recording(store);
    // Act
    const runs = await pastReports(spy, {
      from: '2025-11-26',
      to: '2026-11-26',
    });
    // Assess
    expect(runs).toEqual([
      { day: '2026-10-01', layout: 'whole' },
      { day: '2026-11-01', layout: 'parts' },
    ]);
    expect(read).toEqual([]);
  });
});
