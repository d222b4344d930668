import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { DESIGN_FORECAST_COLUMNS } from '../../fixtures/forecast-columns.ts';
import {
  AS_OF,
  lakeArgs,
  read,
  readJson,
  root,
  runCli,
  useSample,
} from './run-fixture.ts';
import {
  expectLevelSums,
  expectManifestLast,
  expectOutboxLinks,
  expectQualityReport,
} from './run-outputs-fixture.ts';

useSample();

describe('headroom run: its outputs', () => {
  it('writes every output of the contract, manifest last', async () => {
    // Prepare
    const out = join(root, 'out');

    // Act
    const { code } = await runCli(...lakeArgs(out), '--as-of', AS_OF);

    // Assess
    expect(code).toBeUndefined();
    const dated = join(out, 'reports', AS_OF);
    const files = await readdir(dated, { recursive: true });
    expect(files).toEqual(
      expect.arrayContaining([
        'index.html',
        'accuracy.html',
        'forecasts.csv',
        'forecasts.json',
        'alerts.json',
        'data-quality.json',
        'groups.csv',
        'isps.csv',
        'links.csv',
        'augments.csv',
        'changes.json',
        'manifest.json',
      ]),
    );
    expect(files.some((f) => f.startsWith('partners/'))).toBe(true);
    await expectLevelSums(dated);
    const csv = parse(await read(join(dated, 'forecasts.csv')), {
      columns: true,
      comment: '#',
    }) as Record<string, string>[];
    expect(
      Object.keys(csv[0]!).slice(0, DESIGN_FORECAST_COLUMNS.length),
    ).toEqual(DESIGN_FORECAST_COLUMNS);
    expect(new Set(csv.map((r) => r.level))).toEqual(
      new Set(['link', 'group', 'isp']),
    );
    for (const row of csv) {
      expect(['ok', 'watch', 'warning', 'critical']).toContain(row.severity);
      for (const field of ['warning_date', 'critical_date', 'order_by_date']) {
        expect(row[field]).toMatch(/^(\d{4}-\d{2}-\d{2})?$/);
      }
    }
    const json = await readJson(join(dated, 'forecasts.json'));
    expect(json).toHaveLength(csv.length);
    const alerts = await readJson(join(dated, 'alerts.json'));
    const alerting = csv.filter(
      (r) =>
        r.level === 'group' &&
        (r.severity === 'warning' || r.severity === 'critical'),
    );
    expect(alerts).toHaveLength(alerting.length);
    const isps = new Set(
      csv.filter((r) => r.level === 'isp').map((r) => r.key),
    );
    const pages = files.filter(
      (f) => f.startsWith('isp/') && f.endsWith('.html'),
    );
    expect(pages).toHaveLength(isps.size);
    await expectQualityReport(dated);
    await expectManifestLast(out, dated);
    await expectOutboxLinks(out, alerts);
  });
});
