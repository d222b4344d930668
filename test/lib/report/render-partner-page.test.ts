import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderPartnerPage } from '#lib/report/render-partner-page';
import { renderPartnerPages } from '#lib/report/render-report';
import { linksByGroup } from '#lib/report/reported-isps';
import { fixtureInput } from '../../fixtures/report/report-input.ts';
import { withoutNowrap } from '../../helpers/without-nowrap.ts';

const GOLDEN = new URL(
  '../../fixtures/report/partner-acme-telecom.html',
  import.meta.url,
);

function acme() {
  const input = fixtureInput();
  const summary = input.isps.find((s) => s.isp === 'Acme Telecom')!;
  const groups = input.evaluations.filter(
    (e) => e.level === 'group' && e.isp === 'Acme Telecom',
  );
  const links = linksByGroup(input.evaluations);
  return renderPartnerPage(summary, groups, input.asOf, 80, links);
}

describe('renderPartnerPage', () => {
  it('renders the pack for the ISP meeting as in the golden file', () => {
    // Prepare
    if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, acme());
    // Act
    const html = acme();
    // Assess
    expect(html).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  it('leaves out owners, change references and severity words', () => {
    // Prepare / Act
    const text = withoutNowrap(acme()).toLowerCase();
    // Assess
    for (const internal of [
      'emea-peering',
      'chg-1042',
      'critical',
      'warning',
      'watch',
      'overdue',
      'severity',
      'owner',
    ])
      expect(text, internal).not.toContain(internal);
    expect(text).toContain(
      '<th scope="row">lhr1</th><td>pni</td><td>lhr1-acme-pni-1 (1 × 100 gbps)</td>',
    );
    expect(text).toContain('+100 gbps from 2027-02-01');
    expect(text).toContain('2 × 100 gbps<br>in service by 2027-01-02');
    // The late planned augment brought forward, as the alert's first
    // choice, and the ports as the other: not a port on top of it
    expect(text).toContain(
      'the planned +100 gbps in service by 2027-01-02, not 2027-02-01, and 2 × 100 gbps<br>or 2 × 100 gbps',
    );
  });

  it("says on a what-if's packs that their figures are not the plan, as its other pages do", () => {
    // Prepare
    const input = {
      ...fixtureInput(),
      scenario: {
        name: 'LHR1 down',
        description: 'What if LHR1 down: site LHR1 down from 2026-12-01.',
      },
    };

    // Act
    const packs = renderPartnerPages(input);

    // Assess
    expect(packs.length).toBeGreaterThan(0);
    for (const pack of packs)
      expect(String(pack.body)).toContain(
        '<p class="banner" role="note" style="border:2px solid #000;padding:6px 10px;font-weight:600">' +
          'What if LHR1 down: site LHR1 down from ' +
          '2026-12-01. These figures are a what-if, not the plan.',
      );
    expect(String(renderPartnerPages(fixtureInput())[0]!.body)).not.toContain(
      'what-if',
    );
  });
});
