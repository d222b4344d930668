import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Evaluation } from '#lib/domain/evaluation';
import { renderPartnerPage } from '#lib/report/render-partner-page';
import { renderPartnerPages } from '#lib/report/render-report';
import { linksByGroup } from '#lib/report/reported-isps';
import { ACME_LHR1 } from '../../fixtures/report/report-groups.ts';
import { fixtureInput } from '../../fixtures/report/report-input.ts';

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

/** Each body row's first three cells: site, link type, bundle and links. */
const rowLabels = (html: string) =>
  [
    ...html.matchAll(
      /<tr><th scope="row">(.*?)<\/th><td>(.*?)<\/td><td>(.*?)<\/td>/g,
    ),
  ].map((m) => [m[1], m[2], m[3]]);

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
    const text = acme().toLowerCase();
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
  });

  it('tells two bundles at one site and link type apart by their name and member links', () => {
    // Prepare: a second Acme PNI bundle at LHR1, named in the inventory,
    // with two links of its own beside the default bundle's one link
    const input = fixtureInput();
    const summary = input.isps.find((s) => s.isp === 'Acme Telecom')!;
    const east: Evaluation = { ...ACME_LHR1, key: 'Acme LHR1 east' };
    const link = (key: string): Evaluation => ({
      ...ACME_LHR1,
      level: 'link',
      key,
      group: east.key,
      capacityBps: 100e9,
    });
    const evaluations = [
      ...input.evaluations,
      east,
      link('lhr1-acme-pni-3'),
      link('lhr1-acme-pni-4'),
    ];
    const groups = evaluations.filter(
      (e) => e.level === 'group' && e.isp === 'Acme Telecom',
    );

    // Act
    const html = renderPartnerPage(
      summary,
      groups,
      input.asOf,
      80,
      linksByGroup(evaluations),
    );

    // Assess
    expect(rowLabels(html)).toEqual([
      ['FRA2', 'transit', '—'],
      [
        'LHR1',
        'pni',
        '<strong>Acme LHR1 east</strong><br>lhr1-acme-pni-3 (1 × 100 Gbps)<br>lhr1-acme-pni-4 (1 × 100 Gbps)',
      ],
      ['LHR1', 'pni', 'lhr1-acme-pni-1 (1 × 100 Gbps)'],
    ]);
  });

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
    const html = renderPartnerPage(summary, groups, input.asOf, 80, new Map());

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
    const html = renderPartnerPage(summary, groups, input.asOf, 80, new Map());

    // Assess
    expect(html).toContain('2 × 100 Gbps<br>in service as soon as possible');
    expect(html).not.toContain('in service by 2026-11-27');
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
        'Scenario “LHR1 down”: What if LHR1 down: site LHR1 down from ' +
          '2026-12-01. These figures are a what-if, not the plan.',
      );
    expect(String(renderPartnerPages(fixtureInput())[0]!.body)).not.toContain(
      'what-if',
    );
  });
});
