import { describe, expect, it } from 'vitest';
import { addDays } from '#lib/domain/dates';
import { renderPartnerPage } from '#lib/report/render-partner-page';
import { fixtureInput } from '../../fixtures/report/report-input.ts';
import { withoutNowrap } from '../../helpers/without-nowrap.ts';

describe('renderPartnerPage', () => {
  it('asks for a bundle already past its critical date to be in service as soon as possible, not by a past date', () => {
    // Prepare: Acme's bundle reached critical before the run's date
    const input = fixtureInput();
    const summary = input.isps.find((s) => s.isp === 'Acme Telecom')!;
    const groups = input.evaluations
      .filter((e) => e.level === 'group' && e.isp === 'Acme Telecom')
      .map((e) =>
        e.recommendedPorts > 0 ? { ...e, criticalDateUpper: '2026-11-20' } : e,
      );

    // Act
    const html = withoutNowrap(
      renderPartnerPage(summary, groups, input.asOf, 80, new Map()),
    );

    // Assess
    expect(html).toContain('2 × 100 Gbps<br>in service as soon as possible');
    expect(html).not.toContain('in service by 2026-11-20');
  });

  it("asks for a bundle already over critical now to be in service as soon as possible, not by the forecast's first day over it", () => {
    // Prepare: Acme's bundle at 88.8 % of capacity today, its upper bound
    // first over 85 % tomorrow (a busier weekday ahead), as the sample's
    // Laguna Movil/MAD1/pni, whose email reads "reached already"
    const input = fixtureInput();
    const summary = input.isps.find((s) => s.isp === 'Acme Telecom')!;
    const groups = input.evaluations
      .filter((e) => e.level === 'group' && e.isp === 'Acme Telecom')
      .map((e) =>
        e.recommendedPorts > 0
          ? { ...e, utilization: 0.888, criticalDateUpper: '2026-11-27' }
          : e,
      );

    // Act
    const html = withoutNowrap(
      renderPartnerPage(summary, groups, input.asOf, 80, new Map()),
    );

    // Assess
    expect(html).toContain('2 × 100 Gbps<br>in service as soon as possible');
    expect(html).not.toContain('in service by 2026-11-27');
  });

  it('asks for a bundle needed now on its weekly peak to be in service as soon as possible, not by that peak', () => {
    // Prepare: Acme's bundle under critical now, its upper bound over it
    // on its weekly peak six days on, its order-by date 90 days before:
    // needed now, as the alert says
    const input = fixtureInput();
    const summary = input.isps.find((s) => s.isp === 'Acme Telecom')!;
    const peak = addDays(input.asOf, 6);
    const groups = input.evaluations
      .filter((e) => e.level === 'group' && e.isp === 'Acme Telecom')
      .map((e) =>
        e.recommendedPorts > 0
          ? {
              ...e,
              utilization: 0.8,
              criticalDateUpper: peak,
              orderByDate: addDays(peak, -e.leadTimeDays),
            }
          : e,
      );

    // Act
    const html = withoutNowrap(
      renderPartnerPage(summary, groups, input.asOf, 80, new Map()),
    );

    // Assess: before, 'in service by' the peak on the days between peaks
    // and 'as soon as possible' on a peak day
    expect(html).toContain('2 × 100 Gbps<br>in service as soon as possible');
    expect(html).not.toContain(`in service by ${peak}`);
  });
});
