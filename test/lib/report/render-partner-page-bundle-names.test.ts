import { describe, expect, it } from 'vitest';
import type { Evaluation } from '#lib/domain/evaluation';
import { renderPartnerPage } from '#lib/report/render-partner-page';
import { linksByGroup } from '#lib/report/reported-isps';
import { ACME_LHR1 } from '../../fixtures/report/report-groups.ts';
import { fixtureInput } from '../../fixtures/report/report-input.ts';
import { withoutNowrap } from '../../helpers/without-nowrap.ts';

/** Each body row's first three cells: site, link type, bundle and links. */
const rowLabels = (html: string) =>
  [
    ...html.matchAll(
      /<tr><th scope="row">(.*?)<\/th><td>(.*?)<\/td><td>(.*?)<\/td>/g,
    ),
  ].map((m) => [m[1], m[2], m[3]]);

describe('renderPartnerPage', () => {
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
    expect(rowLabels(withoutNowrap(html))).toEqual([
      ['FRA2', 'transit', '—'],
      [
        'LHR1',
        'pni',
        '<strong>Acme LHR1 east</strong><br>lhr1-acme-pni-3 (1 × 100 Gbps)<br>lhr1-acme-pni-4 (1 × 100 Gbps)',
      ],
      ['LHR1', 'pni', 'lhr1-acme-pni-1 (1 × 100 Gbps)'],
    ]);
  });
});
