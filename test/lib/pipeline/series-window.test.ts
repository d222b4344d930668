import { describe, expect, it } from 'vitest';
import type { DailyRow } from '#lib/domain/series';
import { seriesOfRows, windowSeries } from '#lib/pipeline/series-window';
import { groupRows } from '../../helpers/series-daily.ts';

// Ten days of a group from 2026-01-01; no row on the 3rd; the 9th's row
// without a usable peak (NULL in the lake).
const rows: DailyRow[] = groupRows(
  'Acme/LHR1/pni',
  '2026-01-01',
  10,
  100e9,
  (i) => (i === 8 ? Number.NaN : (i + 1) * 1e9),
).filter((r) => r.dt !== '2026-01-03');
const whole = { from: '2026-01-01', to: '2026-01-11' };
const [series] = seriesOfRows(rows, whole);

describe('windowSeries', () => {
  it.each([
    ['the middle', { from: '2026-01-02', to: '2026-01-06' }],
    [
      'a window starting on a day without a row',
      { from: '2026-01-03', to: '2026-01-08' },
    ],
    [
      'a window ending on the row without a peak',
      { from: '2026-01-05', to: '2026-01-10' },
    ],
    ['a window beyond the series', { from: '2025-12-01', to: '2026-02-01' }],
    ['its last day alone', { from: '2026-01-10', to: '2026-01-11' }],
  ])('cuts %s as toDailySeries places the same rows', (_, window) => {
    // Act
    const cut = windowSeries(series!, window);

    // Assess
    expect(cut).toEqual(seriesOfRows(rows, window)[0]);
  });

  it('has nothing where the series has no row, and counts only usable peaks', () => {
    // Act
    const none = windowSeries(series!, {
      from: '2026-01-03',
      to: '2026-01-04',
    });
    const last = windowSeries(series!, {
      from: '2026-01-07',
      to: '2026-01-10',
    });

    // Assess: 7th and 8th observed, the 9th a row without a peak
    expect(none).toBeUndefined();
    expect(last).toMatchObject({
      lastDay: '2026-01-08',
      observedDays: 2,
      rows: 3,
    });
    expect(series).toMatchObject({
      lastDay: '2026-01-10',
      observedDays: 8,
      rows: 9,
    });
  });
});
