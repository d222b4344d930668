import { describe, expect, it } from 'vitest';
import { renderReport } from '#lib/report/render-report';
import {
  EVALUATIONS,
  fixtureInput,
} from '../../fixtures/report/report-input.ts';
import { needOf, tableRows, text } from './render-report-fixture.ts';

describe('renderReport: a threshold reached already', () => {
  it('says a bundle whose busiest day last week was over critical has reached it, not that it will on a busier weekday', async () => {
    // Prepare: Acme LHR1 at 88 % now; its forecast's first day over 85 %
    // is still ahead (a quieter weekday today)
    const key = 'Acme Telecom/LHR1/pni';
    const evaluations = EVALUATIONS.map((e) =>
      e.key === key ? { ...e, lastPeakBps: 176e9, utilization: 0.88 } : e,
    );

    // Act
    const out = await renderReport(fixtureInput({ evaluations }));
    const page = (path: string) => text(out.find((f) => f.path === path)!.body);

    // Assess
    const rows = tableRows(
      out.find((f) => f.path === 'index.html')!.body,
      'action-table',
    );
    expect(text(rows[0]!)).toContain('reached 88.0% now');
    expect(text(rows[0]!)).not.toContain('2027-01-02 mean: 2027-01-20');
    expect(page('isp/acme-telecom.html')).toContain(
      'critical (85.0%) is reached already (88.0% now), lead time',
    );
    expect(page('isp/acme-telecom.html')).toContain(
      'Critical 85.0% runout (upper) reached (88.0% now)',
    );
  });

  it('says a bundle with no order-by that is over warning now has reached it, as its runout fact does', async () => {
    // Prepare: FRA2 at 74 % now, no critical date; its forecast's first
    // day over 70 % is still ahead (2027-08-01)
    const key = 'Acme Telecom/FRA2/transit';
    const evaluations = EVALUATIONS.map((e) =>
      e.key === key
        ? {
            ...e,
            lastPeakBps: e.capacityBps * 0.74,
            utilization: 0.74,
            criticalDateUpper: undefined,
            orderByDate: undefined,
          }
        : e,
    );

    // Act
    const out = await renderReport(fixtureInput({ evaluations }));
    const html = out.find((f) => f.path === 'isp/acme-telecom.html')!.body;
    const need = needOf(html, key);

    // Assess
    expect(need).toBe(
      'No order needed within the horizon: warning (70.0%) is reached ' +
        'already (74.0% now), but the forecast stays below critical (85.0%). ' +
        'The ask, to stay under warning: +1 × 100 Gbps.',
    );
    expect(text(html)).toContain(
      'Warning 70.0% runout (upper) reached (74.0% now)',
    );
    const rows = tableRows(
      out.find((f) => f.path === 'index.html')!.body,
      'action-table',
    ).map(text);
    expect(rows.find((r) => r.includes('FRA2 transit'))).toContain(
      '— warning: reached',
    );
  });
});
