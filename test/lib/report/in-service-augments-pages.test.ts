import { describe, expect, it } from 'vitest';
import { renderPartnerPage } from '#lib/report/render-partner-page';
import { renderReport } from '#lib/report/render-report';
import { linksByGroup } from '#lib/report/reported-isps';
import { AS_OF } from '../../fixtures/report/report-input.ts';
import { inServiceInput } from '../../helpers/in-service-augment.ts';
import { withoutNowrap } from '../../helpers/without-nowrap.ts';
import { tableCells, text } from './render-report-fixture.ts';

const NOTE =
  '+400 Gbps in service since 2026-10-01 (CHG-900) — counted in capacity; ' +
  'remove it from augments.csv once its ports are in links.csv';

describe('an augment in service already', () => {
  it('reads "in service since" on the overview and the ISP page, never as planned', async () => {
    // Act
    const files = await renderReport(inServiceInput());
    const body = (path: string) => files.find((f) => f.path === path)!.body;
    const index = body('index.html');
    const [head] = index.split('id="action-table"')[1]!.split('</thead>');
    const lhr1 = tableCells(index, 'action-table').find((r) =>
      r.includes('LHR1 pni'),
    )!;
    const isp = body('isp/acme-telecom.html');
    const fact = (name: string) =>
      text(isp.match(new RegExp(`<dt>${name}</dt><dd>(.*?)</dd>`))![1]!);

    // Assess
    expect(text(head!)).toContain('Augments');
    expect(text(head!)).not.toContain('Planned');
    expect(lhr1.at(-1)).toBe(
      '+100 Gbps 2027-02-01 CHG-1042 · 30 d late ' +
        '+400 Gbps in service since 2026-10-01 (CHG-900) counted in capacity',
    );
    expect([fact('Planned augments'), fact('In service')]).toEqual([
      '+100 Gbps on 2027-02-01 (CHG-1042, 30 d late )',
      NOTE,
    ]);
  });

  it('is named under the capacity that holds it in the partner pack', () => {
    // Prepare
    const data = inServiceInput();
    const summary = data.isps.find((s) => s.isp === 'Acme Telecom')!;
    const groups = data.evaluations.filter(
      (e) => e.level === 'group' && e.isp === 'Acme Telecom',
    );

    // Act
    const links = linksByGroup(data.evaluations);
    const html = withoutNowrap(
      renderPartnerPage(summary, groups, AS_OF, 80, links),
    );
    const lhr1 = html.split('<th scope="row">LHR1</th>')[1]!.split('</tr>')[0]!;

    // Assess: capacity, then planned augments (no change references)
    expect(lhr1).toContain(
      '200 Gbps<br>incl. +400 Gbps in service since 2026-10-01</td>',
    );
    expect(lhr1).toContain('<td>+100 Gbps from 2027-02-01</td>');
    expect(html).not.toContain('CHG-900');
  });
});
