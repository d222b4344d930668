import { describe, expect, it } from 'vitest';
import { replaceDay } from '../../helpers/replace-day.ts';
import { loadQualityReport } from '../../helpers/whole-quality-report.ts';
import {
  engine,
  linksOf,
  quality,
  seen,
  traffic,
  useQualityLake,
} from './load-quality-fixture.ts';

describe('loadQualityReport', () => {
  useQualityLake();

  it('sums counts per link and kind over the window, with days and totals', async () => {
    // Prepare
    await quality('2026-01-01', [
      ['l1', 'spike', 2],
      ['l2', 'zero', 5],
    ]);
    await quality('2026-01-02', [
      ['l1', 'spike', 3],
      ['u9', 'unknown_link', 288],
    ]);
    await quality('2026-01-09', [['l1', 'spike', 100]]);
    await seen('2026-01-01', ['l1']);
    await seen('2026-01-02', ['u9', 'l1']);
    for (const dt of ['2026-01-01', '2026-01-02']) await traffic(dt);

    // Act
    const report = await loadQualityReport(engine, {
      from: '2026-01-01',
      to: '2026-01-03',
      links: linksOf(['l3', 'l1', 'l2']),
    });

    // Assess: l2 and l3 are in the inventory but sent no traffic.
    expect(report).toEqual({
      from: '2026-01-01',
      to: '2026-01-03',
      firstTrafficDay: '2026-01-01',
      totals: { spike: 5, zero: 5, unknown_link: 288 },
      byLink: [
        { linkId: 'l1', kind: 'spike', count: 5, days: 2 },
        { linkId: 'l2', kind: 'zero', count: 5, days: 1 },
        { linkId: 'u9', kind: 'unknown_link', count: 288, days: 1 },
      ],
      unknownLinks: ['u9'],
      silentLinks: ['l2', 'l3'],
      missingDays: [],
    });
  });

  it('reports days without traffic only from the first traffic day on, and names that day', async () => {
    // Prepare
    for (const dt of ['2026-01-03', '2026-01-05', '2026-01-08']) {
      await traffic(dt);
      await seen(dt, ['l1']);
    }

    // Act
    const report = await loadQualityReport(engine, {
      from: '2026-01-01',
      to: '2026-01-08',
      links: linksOf([]),
    });

    // Assess: the checks begin on 01-03, two days into the window
    expect(report.missingDays).toEqual([
      '2026-01-04',
      '2026-01-06',
      '2026-01-07',
    ]);
    expect(report.firstTrafficDay).toBe('2026-01-03');
    expect(report.totals).toEqual({});
  });

  it('names the rows without a link_id apart from any link, even one spelt as a label', async () => {
    // Prepare: unknown rows with a NULL link_id, as the rollup counts them,
    // and of a link whose id reads like a label for them
    await replaceDay(
      engine,
      'quality_daily',
      '2026-01-01',
      `SELECT '2026-01-01' AS dt, CAST(NULL AS varchar) AS link_id,
        'unknown_link' AS kind, CAST(4 AS bigint) AS "count"
      UNION ALL SELECT '2026-01-01', '(no link_id)', 'unknown_link', 3`,
    );
    await traffic('2026-01-01');

    // Act
    const report = await loadQualityReport(engine, {
      from: '2026-01-01',
      to: '2026-01-02',
      links: linksOf(['l1']),
    });

    // Assess
    expect(report.byLink).toEqual([
      { linkId: '(no link_id)', kind: 'unknown_link', count: 3, days: 1 },
      { linkId: null, kind: 'unknown_link', count: 4, days: 1 },
    ]);
    expect(report.totals).toEqual({ unknown_link: 7 });
    expect(report.noLinkIdRows).toBe(4);
  });
});
