import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Evaluation } from '#lib/domain/evaluation';
import type { PlannedAugmentStatus } from '#lib/domain/plan-status';
import { renderResolvedMessage } from '#lib/report/email-resolved';
import { renderIspMessage } from '#lib/report/render-email';
import { renderPartnerPage } from '#lib/report/render-partner-page';
import { renderReport } from '#lib/report/render-report';
import { linksByGroup } from '#lib/report/reported-isps';
import {
  AS_OF,
  EVALUATIONS,
  fixtureInput,
} from '../../fixtures/report/report-input.ts';
import {
  EMAIL_CONFIG,
  LHR1_PNI,
} from '../../fixtures/rules/email-evaluations.ts';
import { tableCells, text } from './render-report-fixture.ts';

// Acme Telecom's LHR1 bundle keeps its planned CHG-1042 (+100 Gbps on
// 2027-02-01, 30 days late) and gains CHG-900 (+400 Gbps), in service
// since 2026-10-01, before the as-of date 2026-11-26: its capacity
// already holds it, its row is still in augments.csv.
const IN_SERVICE: PlannedAugmentStatus = {
  group: 'Acme Telecom/LHR1/pni',
  inServiceDate: '2026-10-01',
  addedBps: 400e9,
  reference: 'CHG-900',
  lateByDays: 0,
  inService: true,
};
const withInService = (e: Evaluation): Evaluation =>
  e.key === 'Acme Telecom/LHR1/pni' || e.key === 'Acme Telecom'
    ? { ...e, plannedAugments: [IN_SERVICE, ...e.plannedAugments] }
    : e;
const input = () =>
  fixtureInput({ evaluations: EVALUATIONS.map(withInService) });

type Row = Record<string, string>;
const csvOf = (files: { path: string; body: string }[], path: string) =>
  parse(files.find((f) => f.path === path)!.body, { columns: true }) as Row[];
const NOTE =
  '+400 Gbps in service since 2026-10-01 (CHG-900) — counted in capacity; ' +
  'remove it from augments.csv once its ports are in links.csv';

describe('an augment in service already', () => {
  it('is left out of the planned capacity of groups.csv and isps.csv, and marked in augments.csv', async () => {
    // Act
    const files = await renderReport(input());
    const groups = csvOf(files, 'groups.csv');
    const augments = csvOf(files, 'augments.csv');
    const lhr1 = groups.find((g) => g.group === 'Acme Telecom/LHR1/pni')!;
    const acme = csvOf(files, 'isps.csv').find((r) => r.isp === 'Acme Telecom');

    // Assess: planned is the future augment alone; the one in service is
    // counted apart, as capacity_bps holds it
    expect({
      planned: [lhr1.planned_augments, lhr1.planned_add_bps],
      inService: [lhr1.in_service_augments, lhr1.in_service_add_gbps],
      isp: acme!.planned_add_bps,
      augments: augments.map((a) => [a.reference, a.in_service, a.in_time]),
    }).toEqual({
      planned: ['1', '100000000000'],
      inService: ['1', '400'],
      isp: '100000000000',
      augments: [
        ['CHG-900', 'true', 'true'],
        ['CHG-1042', 'false', 'false'],
      ],
    });
    const sum = (rows: Row[], column: string) =>
      rows.reduce((s, r) => s + Number(r[column] || 0), 0);
    const planned = augments.filter((a) => a.in_service === 'false');
    expect(sum(planned, 'added_bps')).toBe(sum(groups, 'planned_add_bps'));
    expect(Object.keys(augments[0]!).at(-1)).toBe('in_service');
  });

  it('is listed apart from the planned augments in forecasts.csv', async () => {
    // Act
    const files = await renderReport(input());
    const rows = csvOf(files, 'forecasts.csv').filter((r) =>
      ['Acme Telecom/LHR1/pni', 'Acme Telecom'].includes(r.key!),
    );

    // Assess
    expect(
      rows.map((r) => [r.key, r.planned_augments, r.in_service_augments]),
    ).toEqual([
      [
        'Acme Telecom/LHR1/pni',
        '2027-02-01 +100000000000 CHG-1042',
        '2026-10-01 +400000000000 CHG-900',
      ],
      [
        'Acme Telecom',
        '2027-02-01 +100000000000 CHG-1042',
        '2026-10-01 +400000000000 CHG-900',
      ],
    ]);
  });

  it('reads "in service since" on the overview and the ISP page, never as planned', async () => {
    // Act
    const files = await renderReport(input());
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
    const data = input();
    const summary = data.isps.find((s) => s.isp === 'Acme Telecom')!;
    const groups = data.evaluations.filter(
      (e) => e.level === 'group' && e.isp === 'Acme Telecom',
    );

    // Act
    const links = linksByGroup(data.evaluations);
    const html = renderPartnerPage(summary, groups, AS_OF, 80, links);
    const lhr1 = html.split('<th scope="row">LHR1</th>')[1]!.split('</tr>')[0]!;

    // Assess: capacity, then planned augments (no change references)
    expect(lhr1).toContain(
      '200 Gbps<br>incl. +400 Gbps in service since 2026-10-01</td>',
    );
    expect(lhr1).toContain('<td>+100 Gbps from 2027-02-01</td>');
    expect(html).not.toContain('CHG-900');
  });

  it('reads "in service since" in the alert and resolved emails, never as planned or late', () => {
    // Prepare
    const group: Evaluation = {
      ...LHR1_PNI,
      plannedAugments: [
        { ...IN_SERVICE, addedBps: 100e9 },
        ...LHR1_PNI.plannedAugments,
      ],
    };

    // Act
    const [alert] = renderIspMessage({
      asOf: AS_OF,
      unit: 'Acme Telecom',
      groups: [group],
      config: EMAIL_CONFIG,
    });
    const [resolved] = renderResolvedMessage({
      asOf: AS_OF,
      unit: 'Acme Telecom',
      groups: [{ ...group, severity: 'watch', plannedAugments: [IN_SERVICE] }],
      config: EMAIL_CONFIG,
    });

    // Assess
    const lines = alert!.body.split('\n');
    const at = lines.findIndex((l) => l.trim().startsWith('Planned:'));
    expect(lines.slice(at, at + 2)).toEqual([
      '   Planned:          CHG-4711 +100 Gbps in service 2027-03-01: TOO LATE, 11 days after critical',
      '   In service:       +100 Gbps in service since 2026-10-01 (CHG-900): counted in capacity; remove it from augments.csv once its ports are in links.csv',
    ]);
    expect(resolved!.body).toContain(
      'counting CHG-900 (in service since 2026-10-01).',
    );
  });

  it('reads "down with its bundle", not "counted in capacity", when a what-if has the bundle down today', async () => {
    // Prepare: LHR1 wholly down in a what-if: its capacity today is 0
    const down = (e: Evaluation): Evaluation =>
      e.key === 'Acme Telecom/LHR1/pni'
        ? { ...withInService(e), capacityBps: 0 }
        : withInService(e);
    const data = fixtureInput({ evaluations: EVALUATIONS.map(down) });
    const groups = data.evaluations.filter(
      (e) => e.level === 'group' && e.isp === 'Acme Telecom',
    );

    // Act
    const files = await renderReport(data);
    const isp = files.find((f) => f.path === 'isp/acme-telecom.html')!.body;
    const pack = renderPartnerPage(
      data.isps.find((s) => s.isp === 'Acme Telecom')!,
      groups,
      AS_OF,
      80,
      linksByGroup(data.evaluations),
    );
    const [alert] = renderIspMessage({
      asOf: AS_OF,
      unit: 'Acme Telecom',
      groups: groups.filter((e) => e.key === 'Acme Telecom/LHR1/pni'),
      config: EMAIL_CONFIG,
    });

    // Assess: before, all three said it was counted in a capacity of 0
    for (const said of [text(isp), alert!.body]) {
      expect(said).toContain('+400 Gbps in service since 2026-10-01 (CHG-900)');
      expect(said).toContain('down with its bundle in this what-if');
      expect(said).not.toContain('counted in capacity');
    }
    expect(pack).toContain(
      '0 bps<br>down: +400 Gbps in service since 2026-10-01</td>',
    );
  });
});
