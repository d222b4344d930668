import { describe, expect, it } from 'vitest';
import type { Evaluation } from '#lib/domain/evaluation';
import { renderPartnerPage } from '#lib/report/render-partner-page';
import { ACME_FRA2 } from '../../fixtures/report/report-groups.ts';
import { fixtureInput } from '../../fixtures/report/report-input.ts';
import { withoutNowrap } from '../../helpers/without-nowrap.ts';

/** Acme's pack with FRA2 transit's figures changed, as text. */
function packWith(fra2: Partial<Evaluation>): string {
  const input = fixtureInput();
  const summary = input.isps.find((s) => s.isp === 'Acme Telecom')!;
  const groups = input.evaluations
    .filter((e) => e.level === 'group' && e.isp === 'Acme Telecom')
    .map((e) => (e.key === ACME_FRA2.key ? { ...e, ...fra2 } : e));
  return withoutNowrap(
    renderPartnerPage(summary, groups, input.asOf, 80, new Map()),
  );
}

/** A bundle whose upper forecast reaches warning but never critical. */
const BELOW_CRITICAL = {
  criticalDateUpper: undefined,
  orderByDate: undefined,
} as const;

describe('renderPartnerPage: the ask of a bundle that stays below critical', () => {
  it('gives the date its ask is needed by, and why, in words for the partner', () => {
    // Prepare: FRA2 transit's upper forecast reaches warning (70 %) on
    // 2027-06-01, never critical; one port keeps it under warning

    // Act
    const html = packWith(BELOW_CRITICAL);

    // Assess: the ISP page says "The ask, to stay under warning"
    expect(html).toContain(
      '<td>1 × 100 Gbps<br>in service by 2027-06-01<br>to keep headroom: ' +
        'the peak may reach 70.0% of capacity by then</td>',
    );
    const row = html.slice(html.indexOf('<th scope="row">FRA2</th>'));
    expect(row.slice(0, row.indexOf('</tr>')).toLowerCase()).not.toMatch(
      /warning|critical|watch|threshold/,
    );
  });

  it('asks for it as soon as possible when the peak is at that share of capacity now', () => {
    // Prepare: 74 % now
    const fra2 = { ...BELOW_CRITICAL, utilization: 0.74, lastPeakBps: 74e9 };

    // Act
    const html = packWith(fra2);

    // Assess
    expect(html).toContain(
      '<td>1 × 100 Gbps<br>in service as soon as possible<br>to keep ' +
        'headroom: the peak has reached 70.0% of capacity</td>',
    );
  });

  it('asks for it as soon as possible when the upper forecast reaches that share today', () => {
    // Prepare: the run's date is 2026-11-26
    const fra2 = { ...BELOW_CRITICAL, warningDateUpper: '2026-11-26' };

    // Act
    const html = packWith(fra2);

    // Assess
    expect(html).toContain(
      '<td>1 × 100 Gbps<br>in service as soon as possible<br>to keep ' +
        'headroom: the peak may reach 70.0% of capacity now</td>',
    );
    expect(html).not.toContain('in service by 2026-11-26');
  });
});
