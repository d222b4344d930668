import { describe, expect, it } from 'vitest';
import { renderReport } from '#lib/report/render-report';
import {
  EVALUATIONS,
  fixtureInput,
} from '../../fixtures/report/report-input.ts';
import { htmlText } from '../../helpers/html-text.ts';
import {
  body,
  tableRows,
  text,
  useRenderedReport,
} from './render-report-fixture.ts';

useRenderedReport();

describe('renderReport: the ISP page', () => {
  it('says per group what is needed by when, most urgent first', () => {
    // Prepare / Act: the text as read (figures kept whole in spans)
    const page = htmlText(body('isp/acme-telecom.html'));
    const first = page.indexOf('Order +2 × 100 Gbps (200 Gbps) by 2026-10-04');
    const second = page.indexOf('Plan +1 × 100 Gbps by 2027-08-17');
    // Assess
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(page).toContain('(53 days ago — overdue)');
    // N-1 lost before the as-of date (2026-11-01): it fails now
    expect(page).toContain('N-1 fails now.');
  });

  it("gives a bundle's runout dates upper bound first, as the overview does", () => {
    // Prepare
    const page = text(body('isp/acme-telecom.html'));
    // Act
    const facts = page.match(
      /(Warning|Critical) [\d.]+% runout \(upper\) [^A-Z]*/g,
    );
    // Assess: LHR1's upper bound reaches critical on 2027-01-02, its mean
    // on 2027-01-20 (warning reached now); FRA2's upper bound reaches
    // warning on 2027-06-01 and critical on 2027-10-01, its order-by's
    // source, its mean warning on 2027-08-01 and never critical
    expect(facts).toEqual([
      'Warning 70.0% runout (upper) reached (76.0% now) ',
      'Critical 85.0% runout (upper) 2027-01-02 (mean: 2027-01-20) ',
      'Warning 70.0% runout (upper) 2027-06-01 (mean: 2027-08-01) ',
      'Critical 85.0% runout (upper) 2027-10-01 (mean: not within the horizon) ',
    ]);
  });

  it("names both bounds beside '—' where neither reaches critical within the horizon, as the overview does", async () => {
    // Prepare: Acme FRA2 reaches warning (upper 2027-06-01, mean
    // 2027-08-01) and critical on neither bound within the horizon
    const evaluations = EVALUATIONS.map((e) =>
      e.key === 'Acme Telecom/FRA2/transit'
        ? {
            ...e,
            criticalDateUpper: undefined,
            criticalDate: undefined,
            orderByDate: undefined,
          }
        : e,
    );

    // Act
    const out = await renderReport(fixtureInput({ evaluations }));
    const page = text(
      out.find((f) => f.path === 'isp/acme-telecom.html')!.body,
    );

    // Assess: before, a bare 'not within the horizon', where one date
    // within it reads '2027-10-01 (mean: not within the horizon)'
    expect(page).toContain(
      'Warning 70.0% runout (upper) 2027-06-01 (mean: 2027-08-01) ' +
        'Critical 85.0% runout (upper) — (upper and mean: not within the horizon) ',
    );
  });

  it("lists a bundle's links with their own capacity when it is not whole ports of the bundle's size", async () => {
    // Prepare: LHR1's port size is 100 Gbps; a second link is a 10 Gbps port
    const link = EVALUATIONS.find((e) => e.key === 'lhr1-acme-pni-1')!;
    const small = {
      ...link,
      key: 'lhr1-acme-pni-2',
      lastPeakBps: 5e9,
      capacityBps: 10e9,
      utilization: 0.5,
    };
    // Act
    const out = await renderReport(
      fixtureInput({ evaluations: [...EVALUATIONS, small] }),
    );
    const page = out.find((f) => f.path === 'isp/acme-telecom.html')!.body;
    // Assess
    expect(tableRows(page, 'bundle-table')[0]).toContain(
      'lhr1-acme-pni-1 1 × 100 Gbps · 76.0% lhr1-acme-pni-2 10.0 Gbps · 50.0%',
    );
  });

  it('says an order-by date of yesterday or tomorrow as the email does, not "1 days"', async () => {
    // Prepare: as of 2026-11-26, LHR1's order-by date was yesterday and
    // FRA2's is tomorrow
    const dates: Record<string, string> = {
      'Acme Telecom/LHR1/pni': '2026-11-25',
      'Acme Telecom/FRA2/transit': '2026-11-27',
    };
    const evaluations = EVALUATIONS.map((e) =>
      dates[e.key] ? { ...e, orderByDate: dates[e.key] } : e,
    );

    // Act
    const out = await renderReport(fixtureInput({ evaluations }));
    const page = text(
      out.find((f) => f.path === 'isp/acme-telecom.html')!.body,
    );

    // Assess: the email's words (emailWhen): '2026-11-25 (yesterday)'
    expect(page).toContain('by 2026-11-25 (yesterday — overdue)');
    expect(page).toContain('by 2026-11-27 (tomorrow)');
    expect(page).not.toContain('1 days');
  });
});
