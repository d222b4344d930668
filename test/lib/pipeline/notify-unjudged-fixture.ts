import type { DataQualityReport } from '#lib/domain/quality';

export const KEY = 'Acme/FRA2/ix';
/** The report of a run whose Acme bundle went stale: a2 went quiet. */
export const QUIET: DataQualityReport = {
  from: '2025-11-26',
  to: '2026-11-26',
  totals: {},
  byLink: [],
  unknownLinks: [],
  missingDays: [],
  staleSeries: [`group:${KEY}`, 'link:a2'],
  quietLinks: [
    {
      linkId: 'a2',
      lastDay: '2026-11-05',
      series: [`group:${KEY}`, 'isp:Acme'],
    },
  ],
};
