import { describe, expect, it } from 'vitest';
import { renderLevelCsv } from '#lib/report/render-level-csv';
import { fixtureInput } from '../../fixtures/report/report-input.ts';
import { read } from './render-level-csv-fixture.ts';

describe('renderLevelCsv', () => {
  it('writes one file per level with as_of and _gbps beside _bps', () => {
    // Prepare
    const input = fixtureInput();
    // Act
    const files = renderLevelCsv(input);
    const csv = read(input);
    // Assess
    expect(files.map((f) => f.path)).toEqual([
      'groups.csv',
      'isps.csv',
      'links.csv',
      'augments.csv',
    ]);
    for (const [path, rows] of Object.entries(csv)) {
      const columns = Object.keys(rows[0]!);
      expect(columns[0], path).toBe('as_of');
      expect(
        rows.every((r) => r.as_of === '2026-11-26'),
        path,
      ).toBe(true);
      for (const c of columns.filter((x) => x.endsWith('_bps')))
        expect(columns, path).toContain(c.replace(/_bps$/, '_gbps'));
    }
    expect(csv['groups.csv']!.map((r) => r.group)).toEqual([
      'Acme Telecom/LHR1/pni',
      'Globex/FRA2/ix',
      'Acme Telecom/FRA2/transit',
      'Initech/AMS1/cache',
    ]);
    expect(csv['groups.csv']![0]).toMatchObject({
      severity: 'critical',
      days_to_order_by: '-53',
      ask_bps: '200000000000',
      ask_gbps: '200',
      planned_add_gbps: '100',
      full_date: '2027-06-01',
      full_date_upper: '2027-05-01',
    });
    expect(csv['links.csv']![0]).toMatchObject({
      link_id: 'lhr1-acme-pni-1',
      group: 'Acme Telecom/LHR1/pni',
      capacity_gbps: '100',
    });
    expect(Object.keys(csv['links.csv']![0]!)).not.toContain('severity');
  });

  it('writes the header of an empty file', () => {
    // Prepare
    const input = fixtureInput({ evaluations: [], isps: [] });
    // Act
    const files = renderLevelCsv(input);
    // Assess
    expect(files.map((f) => f.body.split('\n')[0]!.split(',')[0])).toEqual([
      'as_of',
      'as_of',
      'as_of',
      'as_of',
    ]);
    expect(files.every((f) => f.body.split('\n').length === 2)).toBe(true);
  });
});
