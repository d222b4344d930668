import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { renderReport } from '#lib/report/render-report';
import { inServiceInput } from '../../helpers/in-service-augment.ts';

type Row = Record<string, string>;
const csvOf = (files: { path: string; body: string }[], path: string) =>
  parse(files.find((f) => f.path === path)!.body, { columns: true }) as Row[];

describe('an augment in service already', () => {
  it('is left out of the planned capacity of groups.csv and isps.csv, and marked in augments.csv', async () => {
    // Act
    const files = await renderReport(inServiceInput());
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
    const files = await renderReport(inServiceInput());
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
});
