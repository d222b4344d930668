import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  dataFileRenderers,
  renderDataFiles,
} from '#lib/report/render-data-files';
import { DESIGN_FORECAST_COLUMNS } from '../../fixtures/forecast-columns.ts';
import { fixtureInput } from '../../fixtures/report/report-input.ts';

describe('renderDataFiles', () => {
  it('writes forecasts.csv with docs/architecture.md columns first, one row per series', () => {
    // Prepare
    const input = fixtureInput();
    // Act
    const [csv] = renderDataFiles(input);
    const rows: Record<string, string>[] = parse(csv!.body, { columns: true });
    // Assess
    expect(csv!.path).toBe('forecasts.csv');
    expect(csv!.body.split('\n')[0]!.split(',').slice(0, 20)).toEqual(
      DESIGN_FORECAST_COLUMNS,
    );
    expect(rows.map((r) => `${r.level}:${r.key}`)).toEqual([
      'group:Acme Telecom/LHR1/pni',
      'group:Globex/FRA2/ix',
      'group:Acme Telecom/FRA2/transit',
      'group:Initech/AMS1/cache',
      'isp:Acme Telecom',
      'isp:Globex',
      'isp:Initech',
      'link:lhr1-acme-pni-1',
    ]);
    expect(rows[0]).toMatchObject({
      last_peak_bps: '152000000000',
      utilization: '0.76',
      order_by_date: '2026-10-04',
      n1_ok: 'false',
      recommended_ports: '2',
      planned_augments: '2027-02-01 +100000000000 CHG-1042',
    });
    expect(rows[3]).toMatchObject({
      critical_date: '',
      order_by_date: '',
      severity: 'ok',
    });
  });

  it('quotes text cells a spreadsheet would evaluate, not negative numbers', () => {
    // Prepare: names from a hostile links.csv, and a shrinking ISP.
    const input = fixtureInput();
    const names = [
      '=HYPERLINK("http://x")',
      '+1+1',
      '-2+3',
      '@SUM(A1)',
      '\tTab',
    ];
    const evaluations = input.evaluations.map((e, i) =>
      i < names.length
        ? { ...e, isp: names[i]!, owner: names[i]!, growthPctPerYear: -12.5 }
        : e,
    );
    // Act
    const [csv] = renderDataFiles({ ...input, evaluations });
    const rows: Record<string, string>[] = parse(csv!.body, { columns: true });
    // Assess
    const isps = rows.map((r) => r.isp).filter((isp) => !/^[A-Z]/.test(isp!));
    expect(isps.sort()).toEqual(
      [
        "'+1+1",
        "'-2+3",
        '\'=HYPERLINK("http://x")',
        "'@SUM(A1)",
        "'\tTab",
      ].sort(),
    );
    expect(rows.filter((r) => r.growth_pct_per_year === '-12.5')).toHaveLength(
      5,
    );
  });

  it('writes alerts.json with only the groups at warning or critical', () => {
    // Prepare
    const input = fixtureInput();
    // Act
    const alerts = JSON.parse(renderDataFiles(input)[2]!.body);
    // Assess
    expect(alerts.map((a: { key: string }) => a.key)).toEqual([
      'Acme Telecom/LHR1/pni',
      'Globex/FRA2/ix',
    ]);
    expect(alerts[1]).toMatchObject({
      severity: 'warning',
      order_by_date: '2026-12-03',
    });
  });

  it('writes forecasts.json with the same rows and data-quality.json as given', () => {
    // Prepare
    const input = fixtureInput();
    // Act
    const [, json, , quality] = renderDataFiles(input);
    // Assess
    expect(JSON.parse(json!.body)).toHaveLength(8);
    expect(JSON.parse(quality!.body)).toEqual(input.dataQuality);
    expect(quality!.contentType).toBe('application/json');
  });

  it("writes data-quality.json's per-link rows a thousand at a time, the text of the whole report", () => {
    // Prepare: a fleet's rows, and the lists after them
    const input = fixtureInput();
    const byLink = Array.from({ length: 2_500 }, (_, i) => ({
      linkId: `l${i}`,
      kind: i % 2 === 0 ? ('spike' as const) : ('zero' as const),
      count: i + 1,
      days: 1,
    }));
    const dataQuality = {
      ...input.dataQuality,
      byLink,
      unknownLinks: ['x1'],
      staleSeries: ['link:l9'],
    };

    // Act
    const file = dataFileRenderers({ ...input, dataQuality }).find(
      (f) => f.path === 'data-quality.json',
    );
    const pieces = [...file!.pieces()];

    // Assess: one stringify's text, no piece holding more than 1,000 rows
    expect(pieces.join('')).toBe(`${JSON.stringify(dataQuality, null, 1)}\n`);
    const rows = pieces.map((p) => p.split('"linkId"').length - 1);
    expect(rows.filter((n) => n > 0)).toEqual([1_000, 1_000, 500]);
  });
});
